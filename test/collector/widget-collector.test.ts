import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SeedsCompleteEvent, SeedsDeliveredEvent, SeedsOfInnovation } from '../../src/index.js';
import { deepQuery, until } from '../support/dom.js';
import { completeQuestionnaire, mountWidget } from '../support/widget.js';
import { unique } from '../support/data.js';

// The widget delivering to a real collector (collector/, SQLite) through a proxy that can fail:
// test/support/collector-proxy.mjs.

interface Setup {
  community: string;
  token: string;
  endpoint: string;
  read: () => Promise<{ id: string }[]>;
}

async function collectorFor(label: string, failure?: { mode: 'before' | 'after'; count: number }): Promise<Setup> {
  const community = unique(label);
  const made = await fetch('/__collector/community', { method: 'POST', body: JSON.stringify({ id: community }) });
  const { token } = (await made.json()) as { token: string };
  if (failure) await fetch(`/__collector/fail/${community}`, { method: 'POST', body: JSON.stringify(failure) });
  const base = `${location.origin}/__collector/p/${community}`;
  return {
    community,
    token,
    endpoint: `${base}/api/responses`,
    read: async () => {
      const res = await fetch(`${base}/api/communities/${community}/responses`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status).to.equal(200);
      return (await res.json()) as { id: string }[];
    },
  };
}

async function completeAndDeliver(el: SeedsOfInnovation) {
  const delivered: SeedsDeliveredEvent[] = [];
  const errors: CustomEvent[] = [];
  let response: SeedsCompleteEvent['detail']['response'] | undefined;
  el.addEventListener('seeds-complete', (e) => (response = e.detail.response));
  el.addEventListener('seeds-delivered', (e) => delivered.push(e));
  el.addEventListener('seeds-delivery-error', (e) => errors.push(e));
  await completeQuestionnaire(el, 3);
  await until(() => delivered.length === 1, 'seeds-delivered');
  await until(() => deepQuery(el, '[part="delivery"]')?.getAttribute('data-state') === 'sent', 'sent state');
  return { delivered, errors, response: response! };
}

describe('<seeds-of-innovation> with the collector', () => {
  it('posts a completed response to a running collector, which keeps it exactly once', async () => {
    const setup = await collectorFor('direct');
    const el = await mountWidget({
      lang: 'en',
      community: setup.community,
      endpoint: setup.endpoint,
      consent: 'given',
    });
    const { delivered, errors, response } = await completeAndDeliver(el);
    expect(delivered[0].detail).to.deep.equal({ id: response.id, status: 201, attempt: 1 });
    expect(errors).to.have.length(0);
    expect(await setup.read()).to.deep.equal([JSON.parse(JSON.stringify(response))]);
  });

  it('after a 503 from the proxy in front of the collector, the retry arrives once', async () => {
    const setup = await collectorFor('before', { mode: 'before', count: 1 });
    const el = await mountWidget({
      lang: 'en',
      community: setup.community,
      endpoint: setup.endpoint,
      consent: 'given',
    });
    const { delivered, errors, response } = await completeAndDeliver(el);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ id: response.id, status: 503, attempt: 1, willRetry: true });
    expect(delivered[0].detail).to.deep.equal({ id: response.id, status: 201, attempt: 2 });
    expect((await setup.read()).map((r) => r.id)).to.deep.equal([response.id]);
  });

  it('when the collector stored it but its 201 was lost as a 503, the retry is recognised (200) and nothing is stored twice', async () => {
    const setup = await collectorFor('lost', { mode: 'after', count: 1 });
    const el = await mountWidget({
      lang: 'en',
      community: setup.community,
      endpoint: setup.endpoint,
      consent: 'given',
    });
    const { delivered, errors, response } = await completeAndDeliver(el);
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ status: 503, attempt: 1, willRetry: true });
    expect(delivered[0].detail).to.deep.equal({ id: response.id, status: 200, attempt: 2 });
    expect(await setup.read()).to.deep.equal([JSON.parse(JSON.stringify(response))]);
  });
});
