import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsCompleteEvent, SeedsErrorEvent, SeedsOfInnovation } from '../../../src/index.js';
import { recordKey } from '../../../src/services/storage-keys.js';
import { deepQuery, deepQueryAll } from '../../support/dom.js';
import { click, completeQuestionnaire, mountWidget, settle, statementGroups } from '../../support/widget.js';
import { rawGet, rawSet, sampleResponse, unique } from '../../support/data.js';
import { requestsTo, scriptedEndpoint } from '../../support/endpoint.js';
import { groupResponse, groupRoot, taken } from '../../support/group.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const intro = (el: Element) => deepQuery(el, 'section')!.textContent!;

/** Collects the seeds-error events of `el` and the page's uncaught errors while `body` runs. */
async function watching(el: Element, body: () => Promise<void>) {
  const errors: SeedsErrorEvent['detail'][] = [];
  const uncaught: unknown[] = [];
  const onError = (e: Event) => errors.push((e as SeedsErrorEvent).detail);
  const onUncaught = (e: ErrorEvent) => uncaught.push(e.error);
  const warn = console.warn;
  el.addEventListener('seeds-error', onError);
  window.addEventListener('error', onUncaught);
  console.warn = () => {};
  try {
    await body();
  } finally {
    el.removeEventListener('seeds-error', onError);
    window.removeEventListener('error', onUncaught);
    console.warn = warn;
  }
  return { errors, uncaught };
}

const mount = () =>
  fixture<SeedsOfInnovation>(
    html`<seeds-of-innovation lang="en" community=${unique('hostile')}></seeds-of-innovation>`,
  );

describe('<seeds-of-innovation> against a hostile host', () => {
  it('refuses a factor id that every object already has ("constructor")', async () => {
    expectSeedsErrors('invalid-model');
    const el = await mount();
    const text = { nl: 'Wij delen kennis.', en: 'We share knowledge.' };
    const factor = (id: string, group: string) => ({
      id,
      group,
      content: { nl: { title: id }, en: { title: id } },
      items: [{ id: `${id}.1`, text }],
    });
    // Valid in every other way: the same model with "sharing" instead is accepted (see attributes.test.ts).
    const model = { factors: [factor('constructor', 'people'), factor('trust', 'process')] };
    const { errors } = await watching(el, async () => {
      el.model = model as never;
      await settle(el);
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-model']);
    expect(errors[0].message).to.contain('"constructor" is a reserved name');
    expect(intro(el)).to.contain('12 statements');
  });

  it('refuses a factor id "toString" and names it as reserved', async () => {
    expectSeedsErrors('invalid-model');
    const el = await mount();
    const text = { nl: 'Wij delen kennis.', en: 'We share knowledge.' };
    const model = {
      factors: ['toString', 'trust'].map((id, i) => ({
        id,
        group: 'people',
        content: { nl: { title: id }, en: { title: id } },
        items: [{ id: `f${i}.1`, text }],
      })),
    };
    const { errors } = await watching(el, async () => {
      el.model = model as never;
      await settle(el);
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-model']);
    expect(errors[0].message).to.contain('"toString" is a reserved name');
    expect(intro(el)).to.contain('12 statements');
  });

  it('leaves out a result whose scores hold "__proto__" and counts the others', async () => {
    expectSeedsErrors('invalid-results');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" min-group="3" community=${unique('g')}></seeds-of-innovation>`,
    );
    const good = [groupResponse(4), groupResponse(5), groupResponse(3)];
    // As it arrives over the network: JSON.parse makes "__proto__" an own key.
    const hostile = JSON.parse(JSON.stringify(groupResponse(2)).replace('"scores":{', '"scores":{"__proto__":null,'));
    const { errors, uncaught } = await watching(el, async () => {
      el.results = [...good, hostile];
      await taken(el);
    });
    expect(uncaught).to.deep.equal([]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-results']);
    expect(errors[0].message).to.contain('scores.__proto__: a reserved name');
    expect(groupRoot(el).querySelector('[data-respondents]')!.getAttribute('data-respondents')).to.equal('3');
  });

  it('reports a model whose Proxy throws, and keeps working with the built-in one', async () => {
    expectSeedsErrors('invalid-model');
    const el = await mount();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no reading me');
        },
      },
    );
    const { errors, uncaught } = await watching(el, async () => {
      el.model = hostile as never;
      await settle(el);
    });
    expect(uncaught).to.deep.equal([]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-model']);
    expect(errors[0].message).to.contain('no reading me');
    await click(el, 'Start');
    expect(deepQuery(el, 'h2')!.textContent).to.equal('About you');
  });

  it('reports results whose getter throws, and shows an empty group view', async () => {
    expectSeedsErrors('invalid-results');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    const results: unknown[] = [];
    Object.defineProperty(results, 0, {
      get() {
        throw new Error('getter says no');
      },
      enumerable: true,
    });
    const { errors, uncaught } = await watching(el, async () => {
      el.results = results as never;
      await settle(el);
    });
    expect(uncaught).to.deep.equal([]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-results']);
    expect(errors[0].message).to.contain('getter says no');
    expect(deepQuery(el, 'seeds-group')).to.exist;
  });

  it('keeps the message about 100,000 unreadable results short, with the count', async () => {
    expectSeedsErrors('invalid-results');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    const { errors } = await watching(el, async () => {
      el.results = Array.from({ length: 100_000 }, (_, i) => ({ id: i })) as never;
      await taken(el); // the group view validates in slices, so the page stays responsive
    });
    expect(errors).to.have.length(1);
    expect(errors[0].message.length).to.be.below(1200);
    expect(errors[0].message).to.contain('100000 of the results could not be read');
    expect(errors[0].message).to.contain('and 99995 more');
    expect(errors[0].message).to.contain('results[0]');
  });

  it('cuts a message that would echo a huge attribute', async () => {
    expectSeedsErrors('invalid-lang');
    const el = await mount();
    const { errors } = await watching(el, async () => {
      el.lang = 'x'.repeat(1_000_000) as never;
      await settle(el);
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-lang']);
    expect(errors[0].message.length).to.be.below(1100);
    expect(errors[0].message).to.contain('characters)');
  });
});

describe('<seeds-of-innovation> completing', () => {
  it('"Finish" clicked twice in one moment completes once', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('twice') });
    const completed: SeedsCompleteEvent[] = [];
    el.addEventListener('seeds-complete', (e) => completed.push(e));
    await click(el, 'Start');
    for (let step = 1; step <= 6; step++) {
      for (const group of statementGroups(el)) group.querySelectorAll<HTMLInputElement>('input')[2].click();
      await settle(el);
      if (step < 6) await click(el, 'Next');
    }
    const finish = deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Finish')!;
    finish.click();
    finish.click();
    await settle(el);
    expect(completed).to.have.length(1);
    await click(el, 'Earlier measurements');
    expect(deepQueryAll(el, '.measurements li')).to.have.length(1);
  });

  it('has the response in the history and the outbox when seeds-complete fires', async () => {
    const endpoint = await scriptedEndpoint('stored-first', [{ hang: true, hangMs: 2000 }]);
    const community = unique('stored-first');
    const el = await mountWidget({ lang: 'en', community, endpoint, consent: 'given' });
    let reads: Promise<unknown[]> | undefined;
    el.addEventListener('seeds-complete', (e) => {
      const { id } = e.detail.response;
      // A host that navigates away now: what is stored by this moment is all there is. IndexedDB
      // runs these reads after every write that was started before them.
      reads = Promise.all([rawGet(recordKey(community, 'history', id)), rawGet(recordKey(community, 'outbox', id))]);
    });
    await completeQuestionnaire(el, 3);
    const [history, outbox] = await reads!;
    expect(history).to.have.nested.property('sending', 'queued');
    expect(outbox).to.have.property('state', 'pending');
  });

  it('sends a queued measurement that lost its outbox record (an older version), on the next load', async () => {
    const endpoint = await scriptedEndpoint('heal');
    const community = unique('heal');
    const response = sampleResponse({ community });
    await rawSet(recordKey(community, 'history', response.id), { version: 1, response, sending: 'queued' });
    const delivered = oneEvent(document, 'seeds-delivered');
    const el = await mountWidget({ lang: 'en', community, endpoint });
    expect((await delivered).detail.id).to.equal(response.id);
    await el.saved();
    const requests = await requestsTo(endpoint);
    expect(requests.map((r) => r.idempotencyKey)).to.deep.equal([response.id]);
  });
});
