import { expect } from '@open-wc/testing';
import type { SeedsDeliveryErrorDetail } from '../../src/events/seeds-delivery-error.js';
import { postResponse } from '../../src/services/delivery.js';
import { Outbox } from '../../src/services/outbox.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { ManualClock } from '../support/clock.js';
import { sampleResponse, unique } from '../support/data.js';
import { requestsTo, scriptedEndpoint } from '../support/endpoint.js';
import { getOutbox } from '../../src/services/outbox-store.js';

/** A fetch that answers every call with the given status and headers, and counts the calls. */
function answering(status: number, headers: Record<string, string> = {}) {
  const calls: RequestInit[] = [];
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return new Response(null, { status, headers });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('hostile endpoints', () => {
  it('a 302 to a page that answers the GET with 200 is no delivery: kept, reported with where it pointed', async () => {
    const target = await scriptedEndpoint('redirect-target');
    const endpoint = await scriptedEndpoint('redirect', [
      { status: 302, headers: { Location: `${new URL(target).pathname}/requests` } },
    ]);
    const outcome = await postResponse(sampleResponse(), endpoint);
    expect(outcome.kind).to.equal('failed');
    expect(outcome.kind !== 'delivered' && outcome.message).to.match(/redirect/);
    expect(outcome.kind !== 'delivered' && outcome.message).to.contain(endpoint);
    const [request] = await requestsTo(endpoint);
    expect(request.method).to.equal('POST');
  });

  it('an outbox keeps a redirected response and says failed, never sent', async () => {
    const target = await scriptedEndpoint('redirect-target');
    const endpoint = await scriptedEndpoint('redirect-outbox', [
      { status: 303, headers: { Location: `${new URL(target).pathname}/requests` } },
    ]);
    const storage = new SeedsStorage({ namespace: unique('redirect') });
    const errors: SeedsDeliveryErrorDetail[] = [];
    let delivered = 0;
    const outbox = new Outbox({ storage, onDelivered: () => delivered++, onDeliveryError: (e) => errors.push(e) });
    const response = sampleResponse();
    await outbox.enqueue(response, endpoint);
    await outbox.whenIdle();
    outbox.stop();
    expect(delivered).to.equal(0);
    expect(outbox.statusOf(response.id)?.state).to.equal('failed');
    expect(errors[0]).to.include({ willRetry: false });
    expect(errors[0].message).to.match(/redirect/);
    expect((await getOutbox(storage, response.id))?.state).to.equal('failed');
  });

  for (const retryAfter of ['0', 'Thu, 01 Jan 2020 00:00:00 GMT']) {
    it(`Retry-After: ${retryAfter} on a 429 never waits less than the backoff floor`, async () => {
      const clock = new ManualClock();
      const { fetch, calls } = answering(429, { 'Retry-After': retryAfter });
      const storage = new SeedsStorage({ namespace: unique('retry-after') });
      const outbox = new Outbox({ storage, fetch, timers: clock, now: clock.now, random: () => 0 });
      await outbox.enqueue(sampleResponse(), 'https://collector.example/seeds');
      await outbox.whenIdle();
      expect(calls).to.have.length(1);
      expect(clock.delays()).to.deep.equal([1000]); // attempt 1: floor of the 0–2 s cap
      clock.runNext();
      await outbox.whenIdle();
      expect(calls).to.have.length(2);
      expect(clock.delays()).to.deep.equal([2000]); // attempt 2: the floor grows with the cap
      outbox.stop();
    });
  }

  it('a Retry-After longer than the backoff is honoured', async () => {
    const clock = new ManualClock();
    const { fetch } = answering(503, { 'Retry-After': '120' });
    const storage = new SeedsStorage({ namespace: unique('long') });
    const outbox = new Outbox({ storage, fetch, timers: clock, now: clock.now });
    await outbox.enqueue(sampleResponse(), 'https://collector.example/seeds');
    await outbox.whenIdle();
    expect(clock.delays()).to.deep.equal([120_000]);
    outbox.stop();
  });

  it('a cross-origin endpoint without CORS: the message names CORS, the console hears it once', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const endpoint = `${location.protocol}//${other}:${location.port}/__endpoint/${unique('nocors-x')}`;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      const first = await postResponse(sampleResponse(), endpoint);
      const second = await postResponse(sampleResponse(), endpoint);
      expect(first.kind).to.equal('retry');
      for (const outcome of [first, second]) {
        expect(outcome.kind !== 'delivered' && outcome.message).to.contain('CORS');
        expect(outcome.kind !== 'delivered' && outcome.message).to.contain(
          `Access-Control-Allow-Origin: ${location.origin}`,
        );
      }
      expect(warnings.filter((w) => w.includes('CORS'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('a same-origin endpoint that cannot be reached does not blame CORS', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const outcome = await postResponse(sampleResponse(), new URL('/nowhere', location.href).href, { fetch: failing });
    expect(outcome.kind !== 'delivered' && outcome.message).to.not.contain('CORS');
  });
});
