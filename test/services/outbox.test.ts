import { expect } from '@open-wc/testing';
import type { SeedsDeliveredDetail } from '../../src/events/seeds-delivered.js';
import type { SeedsDeliveryErrorDetail } from '../../src/events/seeds-delivery-error.js';
import { InvalidEndpointError, Outbox, type DeliveryStatus, type OutboxOptions } from '../../src/services/outbox.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { DeferredFetch, ManualClock } from '../support/clock.js';
import { rejection, sampleResponse, unique } from '../support/data.js';
import { requestsTo, scriptedEndpoint } from '../support/endpoint.js';
import { getOutbox, listOutbox } from '../../src/services/outbox-store.js';

// Every outbox here runs on a ManualClock: retries and request timeouts happen when the test moves
// the clock, and "nothing else will happen" is proven by `whenIdle()` plus an empty `clock.delays()`
// (no attempt under way, none planned), never by waiting. `random: () => 1` puts each backoff at
// its cap: 2000 ms after the first failed try, 4000 ms after the second.

/** An outbox on a fresh namespace and a manual clock, recording everything it reports. */
function setUp(options: Partial<OutboxOptions> = {}, namespace = unique('outbox')) {
  const delivered: SeedsDeliveredDetail[] = [];
  const errors: SeedsDeliveryErrorDetail[] = [];
  const states: DeliveryStatus[] = [];
  const clock = new ManualClock();
  const storage = options.storage ?? new SeedsStorage({ namespace });
  const outbox = new Outbox({
    random: () => 1,
    timers: clock,
    now: clock.now,
    onDelivered: (d) => delivered.push(d),
    onDeliveryError: (d) => errors.push(d),
    onStatus: (s) => states.push(s),
    ...options,
    storage,
  });
  const stateOf = (id: string) => outbox.statusOf(id)?.state;
  return { outbox, storage, namespace, clock, delivered, errors, states, stateOf };
}

const outboxes: Outbox[] = [];
afterEach(() => outboxes.splice(0).forEach((o) => o.stop()));
const started = <T extends { outbox: Outbox }>(t: T): T => (outboxes.push(t.outbox), t);

/** Waits until nothing is under way, and checks that nothing is planned either: nothing else will happen. */
async function drained(t: { outbox: Outbox; clock: ManualClock }): Promise<void> {
  await t.outbox.whenIdle();
  expect(t.clock.delays(), 'timers still planned').to.deep.equal([]);
}

describe('Outbox', () => {
  it('stores the response before the first POST and removes it after a 201: delivered once', async () => {
    const endpoint = await scriptedEndpoint('once');
    const storage = new SeedsStorage({ namespace: unique('once') });
    const response = sampleResponse();
    let storedBeforePost = false;
    const t = started(
      setUp({
        storage,
        beforeSend: async () => ((storedBeforePost = (await getOutbox(storage, response.id)) !== undefined), true),
      }),
    );
    await t.outbox.enqueue(response, endpoint);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    expect(storedBeforePost).to.equal(true);
    expect(t.delivered).to.deep.equal([{ id: response.id, status: 201, attempt: 1 }]);
    expect(await listOutbox(t.storage)).to.deep.equal([]);
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('503, 503, 201: retries after exactly the backoff and delivers exactly once', async () => {
    const endpoint = await scriptedEndpoint('flaky', [{ status: 503 }, { status: 503 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await t.outbox.whenIdle();
    expect(t.clock.delays()).to.deep.equal([2000]);
    t.clock.advance(1999);
    await t.outbox.whenIdle();
    expect(await requestsTo(endpoint)).to.have.length(1);
    t.clock.advance(1);
    await t.outbox.whenIdle();
    expect(t.clock.delays()).to.deep.equal([4000]);
    t.clock.runNext();
    await drained(t);
    const requests = await requestsTo(endpoint);
    expect(requests.map((r) => r.answeredWith)).to.deep.equal([503, 503, 201]);
    expect(new Set(requests.map((r) => r.idempotencyKey))).to.deep.equal(new Set([response.id]));
    expect(t.errors.map((e) => [e.status, e.attempt, e.willRetry])).to.deep.equal([
      [503, 1, true],
      [503, 2, true],
    ]);
    expect(t.delivered).to.deep.equal([{ id: response.id, status: 201, attempt: 3 }]);
    expect(t.states.map((s) => s.state)).to.deep.equal([
      'sending',
      'retrying',
      'sending',
      'retrying',
      'sending',
      'sent',
    ]);
  });

  it('times out a request that never answers and retries it', async () => {
    const fetch = new DeferredFetch();
    const t = started(setUp({ timeout: 200, fetch: fetch.fetch }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, 'https://collector.example/seeds');
    await fetch.call(0);
    expect(t.clock.delays()).to.deep.equal([200]); // the request timeout
    t.clock.advance(200);
    await t.outbox.whenIdle();
    expect(fetch.calls[0].init.signal?.aborted).to.equal(true);
    expect(t.errors).to.have.length(1);
    expect(t.errors[0]).to.include({ status: null, attempt: 1, willRetry: true });
    expect(t.errors[0].message).to.match(/did not answer within 0.2 s/);
    expect(t.clock.delays()).to.deep.equal([2000]);
    t.clock.advance(2000);
    (await fetch.call(1)).answer(201);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    expect(fetch.calls).to.have.length(2);
  });

  it('does not retry a 400: reports it, keeps the response as failed, and sends it again only on retry(id)', async () => {
    const endpoint = await scriptedEndpoint('bad', [{ status: 400 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('failed');
    expect(t.errors).to.have.length(1);
    expect(t.errors[0]).to.include({ id: response.id, status: 400, attempt: 1, willRetry: false });
    expect(t.errors[0].message).to.match(/400/);
    expect(t.outbox.statusOf(response.id)).to.include({ state: 'failed', status: 400 });

    // Neither `online` nor a page load sends it again, and no retry is planned…
    window.dispatchEvent(new Event('online'));
    await drained(t);
    const reloaded = started(setUp({ storage: new SeedsStorage({ namespace: t.namespace }) }));
    await reloaded.outbox.start();
    await drained(reloaded);
    expect(await requestsTo(endpoint)).to.have.length(1);
    expect(reloaded.outbox.statusOf(response.id)).to.include({ state: 'failed', status: 400 });
    expect((await getOutbox(t.storage, response.id))?.state).to.equal('failed');

    // …only asking does.
    await reloaded.outbox.retry(response.id);
    expect(reloaded.stateOf(response.id)).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(2);
  });

  it('waits for Retry-After on a 429 when it is longer than the backoff', async () => {
    const endpoint = await scriptedEndpoint('busy', [{ status: 429, retryAfter: 1 }]);
    const t = started(setUp({ backoff: { base: 100 } }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await t.outbox.whenIdle();
    expect(t.stateOf(response.id)).to.equal('retrying');
    expect(t.outbox.statusOf(response.id)!.nextAttemptAt! - t.clock.now()).to.equal(1000);
    expect(t.clock.delays()).to.deep.equal([1000]);
    t.clock.advance(999);
    await t.outbox.whenIdle();
    expect(await requestsTo(endpoint)).to.have.length(1);
    t.clock.advance(1);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(2);
  });

  it('when fetch fails (offline), delivers as soon as the browser is back online', async () => {
    const endpoint = await scriptedEndpoint('offline');
    let failing = true;
    const fetch: typeof window.fetch = (...args) =>
      failing ? Promise.reject(new TypeError('Failed to fetch')) : window.fetch(...args);
    const t = started(setUp({ fetch, backoff: { base: 60_000, max: 60_000 } }));
    await t.outbox.start();
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await t.outbox.whenIdle();
    expect(t.stateOf(response.id)).to.equal('retrying');
    expect(t.errors[0]).to.include({ status: null, willRetry: true });
    expect(t.clock.delays()).to.deep.equal([60_000]);
    failing = false;
    window.dispatchEvent(new Event('online'));
    await drained(t); // the retry planned for later was cancelled by the attempt now
    expect(t.stateOf(response.id)).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('while the browser says it is offline, waits without trying, then sends on online', async () => {
    const endpoint = await scriptedEndpoint('navigator-offline');
    let online = false;
    const t = started(setUp({ isOnline: () => online }));
    await t.outbox.start();
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('waiting-offline');
    expect(await requestsTo(endpoint)).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('a new outbox (a page load) delivers what is pending, exactly once even with two of them', async () => {
    const endpoint = await scriptedEndpoint('reload');
    const first = setUp({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const response = sampleResponse();
    await first.outbox.enqueue(response, endpoint);
    await first.outbox.whenIdle();
    expect(first.stateOf(response.id)).to.equal('retrying');
    first.outbox.stop(); // the tab closes
    expect(first.clock.delays()).to.deep.equal([]);

    const a = started(setUp({ storage: new SeedsStorage({ namespace: first.namespace }) }));
    const b = started(setUp({ storage: new SeedsStorage({ namespace: first.namespace }) }));
    await Promise.all([a.outbox.start(), b.outbox.start()]);
    await Promise.all([drained(a), drained(b)]);
    expect([a.stateOf(response.id), b.stateOf(response.id)]).to.include('sent');
    const requests = await requestsTo(endpoint);
    expect(requests).to.have.length(1);
    expect(requests[0].idempotencyKey).to.equal(response.id);
    expect([...a.delivered, ...b.delivered]).to.deep.equal([{ id: response.id, status: 201, attempt: 2 }]);
    expect(await listOutbox(new SeedsStorage({ namespace: first.namespace }))).to.deep.equal([]);
  });

  it('a response deleted while its POST is under way is not written back when the POST fails', async () => {
    const fetch = new DeferredFetch();
    const t = started(setUp({ fetch: fetch.fetch }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, 'https://collector.example/seeds');
    const request = await fetch.call(0); // the request is on its way
    t.outbox.stop();
    expect(await t.storage.deleteAll()).to.equal(true);
    request.answer(503);
    await drained(t);
    expect(await listOutbox(t.storage)).to.deep.equal([]);
  });

  it('enqueueing the same response twice sends it once', async () => {
    const fetch = new DeferredFetch();
    const t = started(setUp({ fetch: fetch.fetch }));
    const response = sampleResponse();
    await Promise.all([
      t.outbox.enqueue(response, 'https://collector.example/seeds'),
      t.outbox.enqueue(response, 'https://collector.example/seeds'),
    ]);
    (await fetch.call(0)).answer(201);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    await t.outbox.enqueue(response, 'https://collector.example/seeds');
    await drained(t);
    expect(fetch.calls).to.have.length(1);
    expect(t.delivered).to.have.length(1);
  });

  it('posts a body that validates against schema/response.v1.json, with the right headers and the host Authorization', async () => {
    const endpoint = await scriptedEndpoint('payload');
    const t = started(setUp({ requestInit: () => ({ headers: { Authorization: 'Bearer s3cret' } }) }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('sent');
    const [request] = await requestsTo(endpoint);
    expect(request.validation).to.deep.equal({ valid: true, errors: [] });
    expect(request.body).to.deep.equal(response);
    expect(request.contentType).to.equal('application/json');
    expect(request.idempotencyKey).to.equal(response.id);
    expect(request.authorization).to.equal('Bearer s3cret');
  });

  it('sends nothing when beforeSend says the host delivers it (a cancelled seeds-submit)', async () => {
    const endpoint = await scriptedEndpoint('cancelled');
    const seen: string[] = [];
    const host = document.createElement('div');
    host.addEventListener('seeds-submit', (e) => e.preventDefault());
    const t = started(
      setUp({
        beforeSend: (response, url) => {
          seen.push(url);
          return host.dispatchEvent(
            new CustomEvent('seeds-submit', { detail: { response, endpoint: url }, cancelable: true }),
          );
        },
      }),
    );
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await drained(t);
    expect(t.stateOf(response.id)).to.equal('delegated');
    expect(seen).to.deep.equal([endpoint]);
    expect(await requestsTo(endpoint)).to.have.length(0);
    expect(await listOutbox(t.storage)).to.deep.equal([]);
    expect(t.delivered).to.deep.equal([]);
  });

  it('refuses a javascript: endpoint: nothing stored, nothing fetched', async () => {
    let fetched = 0;
    const t = started(setUp({ fetch: () => (fetched++, Promise.reject(new Error('no'))) }));
    const error = await rejection(t.outbox.enqueue(sampleResponse(), 'javascript:alert(1)'));
    expect(error).to.be.instanceOf(InvalidEndpointError);
    expect(error.message).to.match(/only http: and https:/);
    expect(await rejection(t.outbox.enqueue(sampleResponse(), '/relative'))).to.be.instanceOf(InvalidEndpointError);
    await drained(t);
    expect(fetched).to.equal(0);
    expect(await listOutbox(t.storage)).to.deep.equal([]);
  });

  it('works in memory when IndexedDB is unavailable', async () => {
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const codes: string[] = [];
      const endpoint = await scriptedEndpoint('memory', [{ status: 503 }]);
      const storage = new SeedsStorage({ namespace: unique('memory'), onProblem: (p) => codes.push(p.code) });
      const t = started(setUp({ storage }));
      const response = sampleResponse();
      await t.outbox.enqueue(response, endpoint);
      await t.outbox.whenIdle();
      t.clock.runNext();
      await drained(t);
      expect(t.stateOf(response.id)).to.equal('sent');
      expect(codes).to.deep.equal(['storage-unavailable']);
      expect(storage.status.mode).to.equal('memory');
      expect(await requestsTo(endpoint)).to.have.length(2);
    } finally {
      delete (indexedDB as unknown as { open?: unknown }).open;
    }
  });

  it('stop() cancels scheduled retries; the response stays stored', async () => {
    const endpoint = await scriptedEndpoint('stopped', [{ status: 503 }]);
    const t = setUp();
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await t.outbox.whenIdle();
    expect(t.stateOf(response.id)).to.equal('retrying');
    expect(t.clock.delays()).to.deep.equal([2000]);
    t.outbox.stop();
    expect(t.clock.delays()).to.deep.equal([]);
    t.clock.advance(60_000);
    await t.outbox.whenIdle();
    expect(await requestsTo(endpoint)).to.have.length(1);
    expect((await getOutbox(t.storage, response.id))?.attempt).to.equal(1);
  });
});
