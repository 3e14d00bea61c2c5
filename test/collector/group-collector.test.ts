import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SeedsDeliveredEvent } from '../../src/index.js';
import type { SeedsResponse } from '../../src/model/response.js';
import { deepQuery, until } from '../support/dom.js';
import { FakeClock, groupResponse, groupRoot, mountGroup, readEnded } from '../support/group.js';
import { unique } from '../support/data.js';
import { completeQuestionnaire, mountWidget } from '../support/widget.js';

// The group view reading a real collector (collector/, SQLite) through the test proxy
// (test/support/collector-proxy.mjs): the facilitator's GET with its token, live refreshes driven
// by a fake clock (no wall-clock waits), refusals, a cut connection, and the privacy threshold.

interface Collector {
  community: string;
  token: string;
  /** The participants' endpoint. */
  endpoint: string;
  /** The facilitator's source: the community's responses. */
  source: string;
  post: (responses: readonly SeedsResponse[]) => Promise<void>;
  fail: (mode: 'before' | 'drop', count: number) => Promise<void>;
  gets: () => Promise<number>;
}

async function collector(label: string): Promise<Collector> {
  const community = unique(label);
  const made = await fetch('/__collector/community', { method: 'POST', body: JSON.stringify({ id: community }) });
  const { token } = (await made.json()) as { token: string };
  const base = `${location.origin}/__collector/p/${community}`;
  const endpoint = `${base}/api/responses`;
  return {
    community,
    token,
    endpoint,
    source: `${base}/api/communities/${community}/responses`,
    async post(responses) {
      for (const r of responses) {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': r.id },
          body: JSON.stringify({ ...r, community }),
        });
        expect(res.status, 'the collector stores it').to.equal(201);
      }
    },
    async fail(mode, count) {
      await fetch(`/__collector/fail/${community}`, { method: 'POST', body: JSON.stringify({ mode, count }) });
    },
    gets: async () => ((await (await fetch(`/__collector/reads/${community}`)).json()) as { gets: number }).gets,
  };
}

const bearer = (token: string) => () => ({ headers: { Authorization: `Bearer ${token}` } });
const count = (el: Element) => groupRoot(el).querySelector('[data-respondents]')?.getAttribute('data-respondents');
const sourceState = (el: Element) =>
  groupRoot(el).querySelector('[data-source-state]')?.getAttribute('data-source-state') ?? null;
const text = (el: Element) => groupRoot(el).textContent!.replace(/\s+/g, ' ');

/** Runs the planned next read (the fake clock's timer) and waits until the collector answered and the view took it in. */
async function nextRead(el: Element, clock: FakeClock, c: Collector): Promise<void> {
  const before = await c.gets();
  clock.runPoll();
  await until(async () => (await c.gets()) > before, 'the next read to reach the collector');
  await readEnded(el as never, clock);
}

describe('group view with the collector', () => {
  it('shows responses posted during the view without a reload, one from a participant widget too', async () => {
    const c = await collector('live');
    await c.post([groupResponse(4), groupResponse(4), groupResponse(4)]);
    const { el, clock } = await mountGroup({ lang: 'en' }, { source: c.source, requestInit: bearer(c.token) });
    expect(count(el)).to.equal('3');
    expect(clock.plannedPoll(), 'the next read is planned in about 5 s').to.equal(5000);

    // A participant answers in another widget on the same page, delivering to the collector.
    const participant = await mountWidget({
      lang: 'en',
      community: c.community,
      endpoint: c.endpoint,
      consent: 'given',
    });
    let delivered = false;
    participant.addEventListener('seeds-delivered', (e: SeedsDeliveredEvent) => (delivered = e.detail.status === 201));
    await completeQuestionnaire(participant, 0); // strongly disagree everywhere: 0
    await until(() => delivered, 'the participant response to be delivered');
    await c.post([groupResponse(2)]);

    await nextRead(el, clock, c);
    expect(count(el)).to.equal('5');
    const petal = deepQuery(groupRoot(el), 'seeds-flower')!.shadowRoot!.querySelector(
      '[data-factor="commitment"][data-score]',
    );
    expect(Number(petal!.getAttribute('data-score'))).to.equal(50); // (75·3 + 0 + 25) / 5
    await expect(el).to.be.accessible();
  });

  it('an unchanged list comes back as 304 without a body and keeps the view; a new response is read from the cursor', async () => {
    const c = await collector('etag');
    await c.post([groupResponse(4), groupResponse(4), groupResponse(4)]);
    // The page's fetch, counting the answers and the bodies the view reads.
    const statuses: number[] = [];
    const urls: string[] = [];
    const texts: string[] = [];
    let bodies = 0;
    const counting = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      urls.push(String(input));
      const read = response.text.bind(response);
      response.text = async () => ((bodies += 1), texts.push(await read()), texts.at(-1)!);
      return response;
    }) as typeof fetch;
    const { el, clock } = await mountGroup(
      { lang: 'en' },
      { source: c.source, requestInit: bearer(c.token), fetch: counting },
    );
    expect(count(el)).to.equal('3');
    expect([statuses, bodies]).to.deep.equal([[200], 1]);

    await nextRead(el, clock, c);
    expect(statuses, 'the collector knew the tag').to.deep.equal([200, 304]);
    expect(bodies, 'no body read for an unchanged list').to.equal(1);
    expect(count(el), 'the data stays').to.equal('3');
    expect(sourceState(el), 'no problem is shown').to.equal(null);
    expect(clock.plannedPoll(), 'polling goes on at the normal pace').to.equal(5000);

    const added = groupResponse(2);
    await c.post([added]);
    await nextRead(el, clock, c);
    expect(statuses.slice(2)).to.deep.equal([200]);
    expect(count(el)).to.equal('4');
    // Read from the cursor of the first read: the body holds the new response only.
    expect(new URL(urls[2]).searchParams.get('after')).to.match(/^\d+$/);
    expect((JSON.parse(texts.at(-1)!) as SeedsResponse[]).map((r) => r.id)).to.deep.equal([added.id]);
    await nextRead(el, clock, c);
    expect(statuses.slice(3)).to.deep.equal([304]);
    expect([bodies, count(el)]).to.deep.equal([2, '4']);
  });

  it('a refused token says "not allowed" and stops polling (401 without a token, 403 with a wrong one)', async () => {
    const c = await collector('denied');
    await c.post([groupResponse(4), groupResponse(4), groupResponse(4)]);
    const other = await collector('other');
    const cases: [string, (() => RequestInit) | undefined, number][] = [
      ['no token', undefined, 401],
      ['wrong token', bearer('not-the-token'), 403],
      ["another community's token", bearer(other.token), 403],
    ];
    for (const [name, init, status] of cases) {
      const direct = await fetch(c.source, init ? init() : {});
      expect(direct.status, `${name}: the collector answers`).to.equal(status);
      const before = await c.gets();
      const { el, clock } = await mountGroup({ lang: 'nl' }, { source: c.source, requestInit: init });
      expect(sourceState(el), name).to.equal('denied');
      expect(text(el)).to.contain('Geen toegang');
      expect(clock.plannedPoll(), `${name}: no further read is planned`).to.equal(undefined);
      expect(await c.gets(), `${name}: one read only`).to.equal(before + 1);
      expect(deepQuery(groupRoot(el), 'seeds-flower') === null, 'no flower').to.equal(true);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('an unreachable collector keeps the last data shown, says so, and recovers', async () => {
    const c = await collector('down');
    await c.post([groupResponse(4), groupResponse(5), groupResponse(3), groupResponse(4)]);
    const { el, clock } = await mountGroup({ lang: 'en' }, { source: c.source, requestInit: bearer(c.token) });
    expect(count(el)).to.equal('4');
    await c.fail('drop', 1000); // down until told otherwise: browsers re-send a GET once on a cut connection
    await nextRead(el, clock, c);
    expect(sourceState(el)).to.equal('unreachable');
    expect(text(el)).to.contain('You see the last state fetched');
    expect(count(el), 'the last data stays').to.equal('4');
    expect(deepQuery(groupRoot(el), 'seeds-flower')).to.exist;
    expect(clock.plannedPoll(), 'backs off').to.be.above(5000);
    await expect(el).to.be.accessible();

    await c.fail('before', 1); // a 503 from the proxy instead: still unreachable
    await nextRead(el, clock, c);
    expect(sourceState(el)).to.equal('unreachable');
    await c.post([groupResponse(1)]);
    await nextRead(el, clock, c);
    expect(sourceState(el)).to.equal(null);
    expect(count(el)).to.equal('5');
    expect(clock.plannedPoll(), 'back to the normal interval').to.equal(5000);
  });

  it('2 responses with min-group 3 show no figure; the third shows the flower', async () => {
    const c = await collector('threshold');
    await c.post([groupResponse(1), groupResponse(5)]);
    const { el, clock } = await mountGroup({ lang: 'en' }, { source: c.source, requestInit: bearer(c.token) });
    expect(text(el)).to.contain('2 of 3 have answered');
    expect(deepQuery(groupRoot(el), 'seeds-flower') === null, 'no flower').to.equal(true);
    expect(groupRoot(el).querySelector('table, .discuss, seeds-agenda, [data-respondents]') === null).to.equal(true);
    expect(text(el)).not.to.match(/\d+ out of 100|score \d/);
    await expect(el).to.be.accessible();
    await c.post([groupResponse(3)]);
    await nextRead(el, clock, c);
    expect(count(el)).to.equal('3');
    expect(deepQuery(groupRoot(el), 'seeds-flower')).to.exist;
  });

  it('role slices below the threshold are absent', async () => {
    const c = await collector('roles');
    await c.post([
      ...[1, 2, 3, 4].map(() => groupResponse(4, { role: 'business' })),
      ...[1, 2].map(() => groupResponse(2, { role: 'government' })),
      groupResponse(3, { role: 'education' }),
    ]);
    const { el, clock } = await mountGroup({ lang: 'en' }, { source: c.source, requestInit: bearer(c.token) });
    const columns = () =>
      [...groupRoot(el).querySelectorAll('.roles th[data-role]')].map((th) => th.getAttribute('data-role'));
    expect(count(el)).to.equal('7');
    expect(columns()).to.deep.equal(['business']);
    expect(groupRoot(el).querySelector('.roles')!.textContent).not.to.contain('Government');
    await c.post([groupResponse(2, { role: 'government' })]);
    await nextRead(el, clock, c);
    expect(columns()).to.deep.equal(['business', 'government']);
  });
});
