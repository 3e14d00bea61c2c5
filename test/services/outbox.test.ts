import { expect } from '@open-wc/testing';
import type { SeedsDeliveredDetail } from '../../src/events/seeds-delivered.js';
import type { SeedsDeliveryErrorDetail } from '../../src/events/seeds-delivery-error.js';
import { InvalidEndpointError, Outbox, type DeliveryStatus, type OutboxOptions } from '../../src/services/outbox.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { until } from '../support/dom.js';
import { FAST, rejection, requestsTo, sampleResponse, scriptedEndpoint, sleep, unique } from './helpers.js';

/** An outbox on a fresh namespace that records everything it reports. */
function setUp(options: Partial<OutboxOptions> = {}, namespace = unique('outbox')) {
  const delivered: SeedsDeliveredDetail[] = [];
  const errors: SeedsDeliveryErrorDetail[] = [];
  const states: DeliveryStatus[] = [];
  const storage = options.storage ?? new SeedsStorage({ namespace });
  const outbox = new Outbox({
    ...FAST,
    onDelivered: (d) => delivered.push(d),
    onDeliveryError: (d) => errors.push(d),
    onStatus: (s) => states.push(s),
    ...options,
    storage,
  });
  const stateOf = (id: string) => outbox.statusOf(id)?.state;
  return { outbox, storage, namespace, delivered, errors, states, stateOf };
}

const outboxes: Outbox[] = [];
afterEach(() => outboxes.splice(0).forEach((o) => o.stop()));
const started = <T extends { outbox: Outbox }>(t: T): T => (outboxes.push(t.outbox), t);

describe('Outbox', () => {
  it('stores the response before the first POST and removes it after a 201: delivered once', async () => {
    const endpoint = await scriptedEndpoint('once');
    const storage = new SeedsStorage({ namespace: unique('once') });
    const response = sampleResponse();
    let storedBeforePost = false;
    const t = started(
      setUp({
        storage,
        beforeSend: async () => ((storedBeforePost = (await storage.getOutbox(response.id)) !== undefined), true),
      }),
    );
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
    expect(storedBeforePost).to.equal(true);
    expect(t.delivered).to.deep.equal([{ id: response.id, status: 201, attempt: 1 }]);
    expect(await t.storage.listOutbox()).to.deep.equal([]);
    await sleep(100);
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('503, 503, 201: retries with backoff and delivers exactly once', async () => {
    const endpoint = await scriptedEndpoint('flaky', [{ status: 503 }, { status: 503 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
    await sleep(150);
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
    const endpoint = await scriptedEndpoint('hang', [{ hang: true, hangMs: 3000 }]);
    const t = started(setUp({ timeout: 200 }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'sent', 4000, 'sent');
    expect(t.errors).to.have.length(1);
    expect(t.errors[0]).to.include({ status: null, attempt: 1, willRetry: true });
    expect(t.errors[0].message).to.match(/did not answer/);
    expect((await requestsTo(endpoint)).map((r) => r.answeredWith)).to.deep.equal(['hang', 201]);
  });

  it('does not retry a 400: reports it, keeps the response as failed, and sends it again only on retry(id)', async () => {
    const endpoint = await scriptedEndpoint('bad', [{ status: 400 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'failed', 3000, 'failed');
    expect(t.errors).to.have.length(1);
    expect(t.errors[0]).to.include({ id: response.id, status: 400, attempt: 1, willRetry: false });
    expect(t.errors[0].message).to.match(/400/);
    expect(t.outbox.statusOf(response.id)).to.include({ state: 'failed', status: 400 });

    // Neither time, `online` nor a page load sends it again…
    window.dispatchEvent(new Event('online'));
    const reloaded = started(setUp({ storage: new SeedsStorage({ namespace: t.namespace }) }));
    await reloaded.outbox.start();
    await sleep(150);
    expect(await requestsTo(endpoint)).to.have.length(1);
    expect(reloaded.outbox.statusOf(response.id)).to.include({ state: 'failed', status: 400 });
    expect((await t.storage.getOutbox(response.id))?.state).to.equal('failed');

    // …only asking does.
    await reloaded.outbox.retry(response.id);
    expect(reloaded.stateOf(response.id)).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(2);
  });

  it('waits for Retry-After on a 429', async () => {
    const endpoint = await scriptedEndpoint('busy', [{ status: 429, retryAfter: 1 }]);
    const t = started(setUp());
    const response = sampleResponse();
    const start = performance.now();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'retrying', 3000, 'retrying');
    expect(t.outbox.statusOf(response.id)!.nextAttemptAt! - Date.now()).to.be.within(700, 1100);
    await until(() => t.stateOf(response.id) === 'sent', 4000, 'sent');
    expect(performance.now() - start).to.be.at.least(900);
  });

  it('when fetch fails (offline), delivers as soon as the browser is back online', async () => {
    const endpoint = await scriptedEndpoint('offline');
    const t = started(setUp({ backoff: { base: 60_000, max: 60_000 } }));
    await t.outbox.start();
    const response = sampleResponse();
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await t.outbox.enqueue(response, endpoint);
      await until(() => t.stateOf(response.id) === 'retrying', 3000, 'retrying');
    } finally {
      window.fetch = realFetch;
    }
    expect(t.errors[0]).to.include({ status: null, willRetry: true });
    window.dispatchEvent(new Event('online'));
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('while the browser says it is offline, waits without trying, then sends on online', async () => {
    const endpoint = await scriptedEndpoint('navigator-offline');
    let online = false;
    const t = started(setUp({ isOnline: () => online }));
    await t.outbox.start();
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'waiting-offline', 3000, 'waiting-offline');
    await sleep(100);
    expect(await requestsTo(endpoint)).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('a new outbox (a page load) delivers what is pending, exactly once even with two of them', async () => {
    const endpoint = await scriptedEndpoint('reload');
    const first = setUp({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), backoff: { base: 60_000 } });
    const response = sampleResponse();
    await first.outbox.enqueue(response, endpoint);
    await until(() => first.stateOf(response.id) === 'retrying', 3000, 'retrying');
    first.outbox.stop(); // the tab closes

    const a = started(setUp({ storage: new SeedsStorage({ namespace: first.namespace }) }));
    const b = started(setUp({ storage: new SeedsStorage({ namespace: first.namespace }) }));
    await Promise.all([a.outbox.start(), b.outbox.start()]);
    await until(() => a.stateOf(response.id) === 'sent' || b.stateOf(response.id) === 'sent', 3000, 'sent');
    await Promise.all([a.outbox.whenIdle(), b.outbox.whenIdle()]);
    await sleep(100);
    const requests = await requestsTo(endpoint);
    expect(requests).to.have.length(1);
    expect(requests[0].idempotencyKey).to.equal(response.id);
    expect([...a.delivered, ...b.delivered]).to.deep.equal([{ id: response.id, status: 201, attempt: 2 }]);
    expect(await new SeedsStorage({ namespace: first.namespace }).listOutbox()).to.deep.equal([]);
  });

  it('a response deleted while its POST is under way is not written back when the POST fails', async () => {
    const endpoint = await scriptedEndpoint('deleted', [{ status: 503, delay: 300 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await sleep(100); // the request is on its way
    t.outbox.stop();
    expect(await t.storage.deleteAll()).to.equal(true);
    await t.outbox.whenIdle();
    expect(await t.storage.listOutbox()).to.deep.equal([]);
  });

  it('enqueueing the same response twice sends it once', async () => {
    const endpoint = await scriptedEndpoint('twice', [{ delay: 100 }]);
    const t = started(setUp());
    const response = sampleResponse();
    await Promise.all([t.outbox.enqueue(response, endpoint), t.outbox.enqueue(response, endpoint)]);
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
    await t.outbox.enqueue(response, endpoint);
    await t.outbox.whenIdle();
    await sleep(100);
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('posts a body that validates against schema/response.v1.json, with the right headers and the host Authorization', async () => {
    const endpoint = await scriptedEndpoint('payload');
    const t = started(setUp({ requestInit: () => ({ headers: { Authorization: 'Bearer s3cret' } }) }));
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
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
    await until(() => t.stateOf(response.id) === 'delegated', 3000, 'delegated');
    await sleep(50);
    expect(seen).to.deep.equal([endpoint]);
    expect(await requestsTo(endpoint)).to.have.length(0);
    expect(await t.storage.listOutbox()).to.deep.equal([]);
    expect(t.delivered).to.deep.equal([]);
  });

  it('refuses a javascript: endpoint: nothing stored, nothing fetched', async () => {
    let fetched = 0;
    const t = started(setUp({ fetch: () => (fetched++, Promise.reject(new Error('no'))) }));
    const error = await rejection(t.outbox.enqueue(sampleResponse(), 'javascript:alert(1)'));
    expect(error).to.be.instanceOf(InvalidEndpointError);
    expect(error.message).to.match(/only http: and https:/);
    expect(await rejection(t.outbox.enqueue(sampleResponse(), '/relative'))).to.be.instanceOf(InvalidEndpointError);
    await sleep(50);
    expect(fetched).to.equal(0);
    expect(await t.storage.listOutbox()).to.deep.equal([]);
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
      await until(() => t.stateOf(response.id) === 'sent', 3000, 'sent');
      expect(codes).to.deep.equal(['storage-unavailable']);
      expect(storage.status.mode).to.equal('memory');
      expect(await requestsTo(endpoint)).to.have.length(2);
    } finally {
      delete (indexedDB as unknown as { open?: unknown }).open;
    }
  });

  it('stop() cancels scheduled retries; the response stays stored', async () => {
    const endpoint = await scriptedEndpoint('stopped', [{ status: 503 }]);
    const t = setUp({ backoff: { base: 100, max: 100 } });
    const response = sampleResponse();
    await t.outbox.enqueue(response, endpoint);
    await until(() => t.stateOf(response.id) === 'retrying', 3000, 'retrying');
    t.outbox.stop();
    await sleep(250);
    expect(await requestsTo(endpoint)).to.have.length(1);
    expect((await t.storage.getOutbox(response.id))?.attempt).to.equal(1);
  });
});
