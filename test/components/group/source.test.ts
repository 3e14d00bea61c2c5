import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { deepQuery } from '../../support/dom.js';
import {
  addResponses,
  FakeClock,
  groupResponse,
  groupRoot,
  mountGroup,
  nextRead,
  planGets,
  readsOf,
  scriptedSource,
  taken,
} from '../../support/group.js';
import { settle } from '../../support/widget.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const count = (el: Element) => groupRoot(el).querySelector('[data-respondents]')?.getAttribute('data-respondents');
const sourceState = (el: Element) =>
  groupRoot(el).querySelector('[data-source-state]')?.getAttribute('data-source-state');

describe('<seeds-of-innovation view="group" source>', () => {
  it('is accessible while reading and shows the responses with the hook headers', async () => {
    const url = await scriptedSource('source-read', [groupResponse(4), groupResponse(5), groupResponse(2)]);
    const { el } = await mountGroup(
      {},
      { source: url, requestInit: () => ({ headers: { Authorization: 'Bearer facilitator' } }) },
    );
    expect(count(el)).to.equal('3');
    expect(deepQuery(groupRoot(el), 'seeds-flower')).to.exist;
    const reads = await readsOf(url);
    expect(reads).to.have.length(1);
    expect(reads[0].authorization).to.equal('Bearer facilitator');
    expect(reads[0].cookie).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows responses that arrive during the view without a reload, and plans reads about every 5 s', async () => {
    const url = await scriptedSource('source-live', [groupResponse(4), groupResponse(4), groupResponse(4)]);
    const { el, clock } = await mountGroup({}, { source: url });
    expect(count(el)).to.equal('3');
    expect(clock.plannedPoll()).to.equal(5000);
    await addResponses(url, [groupResponse(1), groupResponse(2)]);
    await nextRead(el, clock, url);
    expect(count(el)).to.equal('5');
    const petal = deepQuery(el, 'seeds-flower')!.shadowRoot!.querySelector('[data-factor="commitment"][data-score]');
    expect(Number(petal!.getAttribute('data-score'))).to.equal(50); // (75·3 + 0 + 25) / 5
  });

  it('a response removed at the source leaves the figures (the list is counted again)', async () => {
    const kept = [groupResponse(4), groupResponse(4), groupResponse(4)];
    const url = await scriptedSource('source-removed', [...kept, groupResponse(1)]);
    const { el, clock } = await mountGroup({}, { source: url });
    expect(count(el)).to.equal('4');
    await planGets(url, [{ body: kept }]);
    await nextRead(el, clock, url);
    expect(count(el)).to.equal('3');
    const petal = deepQuery(groupRoot(el), 'seeds-flower')!.shadowRoot!.querySelector(
      '[data-factor="commitment"][data-score]',
    );
    expect(petal!.getAttribute('data-score')).to.equal('75');
  });

  it('an unchanged list changes nothing on screen', async () => {
    const url = await scriptedSource('source-same', [groupResponse(4), groupResponse(4), groupResponse(3)]);
    const { el, clock } = await mountGroup({}, { source: url });
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(groupRoot(el), { subtree: true, childList: true, characterData: true, attributes: true });
    await nextRead(el, clock, url);
    observer.disconnect();
    expect(changes).to.have.length(0);
    expect(await readsOf(url)).to.have.length(2);
  });

  it('401 says "not allowed" and stops polling; 403 too', async () => {
    for (const status of [401, 403]) {
      const url = await scriptedSource(`source-${status}`, [groupResponse(4)], [{ status }]);
      const { el, clock } = await mountGroup({}, { source: url });
      expect(sourceState(el)).to.equal('denied');
      expect(groupRoot(el).textContent).to.contain('Not allowed');
      expect(clock.plannedPoll(), 'no further read is planned').to.equal(undefined);
      expect(await readsOf(url)).to.have.length(1);
      expect(deepQuery(groupRoot(el), 'seeds-flower') === null).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('an unreachable source keeps the last data shown, says so, backs off and recovers', async () => {
    const url = await scriptedSource('source-down', [
      groupResponse(4),
      groupResponse(5),
      groupResponse(3),
      groupResponse(4),
    ]);
    const { el, clock } = await mountGroup({}, { source: url });
    expect(count(el)).to.equal('4');
    await planGets(url, [{ drop: true }]);
    await nextRead(el, clock, url);
    expect(sourceState(el)).to.equal('unreachable');
    expect(groupRoot(el).textContent).to.contain('You see the last state fetched');
    expect(count(el)).to.equal('4');
    expect(clock.plannedPoll()).to.be.at.least(5000);
    await expect(el).to.be.accessible();
    await planGets(url, [{ status: 503 }]);
    await nextRead(el, clock, url);
    expect(sourceState(el)).to.equal('unreachable');
    await addResponses(url, [groupResponse(1)]);
    await nextRead(el, clock, url);
    expect(sourceState(el)).to.equal(undefined);
    expect(count(el)).to.equal('5');
    expect(clock.plannedPoll()).to.equal(5000);
  });

  it('unreachable from the start and a body that is no list say so, without figures', async () => {
    const url = await scriptedSource('source-bad', [], [{ drop: true }]);
    const { el, clock } = await mountGroup({}, { source: url });
    expect(sourceState(el)).to.equal('unreachable');
    expect(groupRoot(el).textContent).to.contain('could not be fetched');
    await planGets(url, [{ text: '<html>login</html>' }, { body: { not: 'a list' } }]);
    await nextRead(el, clock, url);
    expect(sourceState(el)).to.equal('invalid');
    await nextRead(el, clock, url);
    expect(sourceState(el)).to.equal('invalid');
    expect(deepQuery(groupRoot(el), 'seeds-flower') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('leaves out unreadable responses with seeds-error and counts the rest', async () => {
    expectSeedsErrors('invalid-results');
    const url = await scriptedSource('source-mixed', [groupResponse(4), groupResponse(4), groupResponse(4)]);
    await addResponses(url, [{ ...groupResponse(4), scores: { commitment: 900 } } as never]);
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('seeds-error', listener);
    try {
      const { el } = await mountGroup({}, { source: url });
      expect(count(el)).to.equal('3');
      expect(groupRoot(el).textContent).to.contain('1 response could not be read');
      expect(errors).to.include('invalid-results');
    } finally {
      document.removeEventListener('seeds-error', listener);
    }
  });

  it('pauses while the tab is hidden and reads at once when it is visible again', async () => {
    const url = await scriptedSource('source-hidden', [groupResponse(4), groupResponse(4), groupResponse(4)]);
    const { el, clock } = await mountGroup({}, { source: url });
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.plannedPoll(), 'nothing planned while hidden').to.equal(undefined);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await addResponses(url, [groupResponse(2)]);
    document.dispatchEvent(new Event('visibilitychange'));
    await new FakeClockWaiter(clock).planned();
    await taken(el);
    expect(count(el)).to.equal('4');
    expect(await readsOf(url)).to.have.length(2);
  });

  it('results win over source: nothing is read', async () => {
    const url = await scriptedSource('source-results', [groupResponse(1), groupResponse(1), groupResponse(1)]);
    const { el } = await mountGroup({});
    el.results = [groupResponse(5), groupResponse(5), groupResponse(5), groupResponse(5)];
    el.setAttribute('source', url);
    await taken(el);
    expect(count(el)).to.equal('4');
    expect(await readsOf(url)).to.have.length(0);
  });

  it('refuses a javascript: source with seeds-error and reads nothing', async () => {
    expectSeedsErrors('invalid-source');
    const { el } = await mountGroup({});
    let code = '';
    el.addEventListener('seeds-error', (e) => (code = e.detail.code));
    el.setAttribute('source', 'javascript:alert(1)');
    await settle(el);
    expect(code).to.equal('invalid-source');
    expect(groupRoot(el).querySelector('[data-source-state]') === null).to.equal(true);
  });
});

/** Waits until a read is planned again (after a read triggered by something other than the clock). */
class FakeClockWaiter {
  constructor(private readonly clock: FakeClock) {}
  async planned(): Promise<void> {
    for (let i = 0; this.clock.plannedPoll() === undefined; i++) {
      if (i > 300) throw new Error('no read was planned');
      await new Promise((r) => requestAnimationFrame(r));
    }
  }
}
