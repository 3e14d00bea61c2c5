import { expect } from '@open-wc/testing';
import { classifyStatus, postResponse } from '../../src/services/delivery.js';
import { DeferredFetch, ManualClock } from '../support/clock.js';
import { sampleResponse } from '../support/data.js';
import { requestsTo, scriptedEndpoint } from '../support/endpoint.js';

describe('postResponse(response, endpoint, options)', () => {
  it('POSTs the JSON with Content-Type and Idempotency-Key, without cookies, and reports 2xx as delivered', async () => {
    document.cookie = 'seeds-test-cookie=1; path=/';
    const endpoint = await scriptedEndpoint('post');
    const response = sampleResponse();
    expect(await postResponse(response, endpoint)).to.deep.equal({ kind: 'delivered', status: 201 });
    const [request] = await requestsTo(endpoint);
    expect(request.method).to.equal('POST');
    expect(request.contentType).to.equal('application/json');
    expect(request.idempotencyKey).to.equal(response.id);
    expect(request.body).to.deep.equal(response);
    expect(request.cookie).to.equal(null); // credentials: 'omit' unless the host asks
    expect(request.validation).to.deep.equal({ valid: true, errors: [] });
  });

  it('merges the host hook (Authorization, credentials) but keeps its own Content-Type and Idempotency-Key', async () => {
    document.cookie = 'seeds-test-cookie=1; path=/';
    const endpoint = await scriptedEndpoint('hook');
    const response = sampleResponse();
    const outcome = await postResponse(response, endpoint, {
      requestInit: async (r) => ({
        credentials: 'same-origin',
        headers: { Authorization: `Bearer token-for-${r.id}`, 'Content-Type': 'text/plain', 'Idempotency-Key': 'mine' },
      }),
    });
    expect(outcome.kind).to.equal('delivered');
    const [request] = await requestsTo(endpoint);
    expect(request.authorization).to.equal(`Bearer token-for-${response.id}`);
    expect(request.contentType).to.equal('application/json');
    expect(request.idempotencyKey).to.equal(response.id);
    expect(request.cookie).to.match(/seeds-test-cookie=1/);
  });

  // 408 is left to classifyStatus below: Chromium itself re-sends a request answered 408 on a reused connection.
  it('says retry for 5xx and 429, and honours Retry-After', async () => {
    const endpoint = await scriptedEndpoint('retry', [
      { status: 503 },
      { status: 500 },
      { status: 429, retryAfter: 1 },
    ]);
    const response = sampleResponse();
    expect(await postResponse(response, endpoint)).to.include({ kind: 'retry', status: 503 });
    expect(await postResponse(response, endpoint)).to.include({ kind: 'retry', status: 500 });
    expect(await postResponse(response, endpoint)).to.include({ kind: 'retry', status: 429, retryAfter: 1000 });
  });

  it('says failed for another 4xx, with the status and what the server said', async () => {
    const endpoint = await scriptedEndpoint('bad', [{ status: 400, body: { error: 'answers[0] is wrong' } }]);
    const outcome = await postResponse(sampleResponse(), endpoint);
    expect(outcome).to.include({ kind: 'failed', status: 400 });
    if (outcome.kind === 'failed') expect(outcome.message).to.match(/400 Bad Request.*answers\[0\] is wrong/);
  });

  it('aborts a request that does not answer within the timeout and says retry', async () => {
    const clock = new ManualClock();
    const fetch = new DeferredFetch();
    const pending = postResponse(sampleResponse(), 'https://collector.example/seeds', {
      timeout: 200,
      timers: clock,
      fetch: fetch.fetch,
    });
    const request = await fetch.call(0);
    expect(clock.delays()).to.deep.equal([200]);
    clock.advance(199);
    expect(request.init.signal?.aborted).to.equal(false);
    clock.advance(1);
    expect(request.init.signal?.aborted).to.equal(true);
    const outcome = await pending;
    expect(outcome).to.include({ kind: 'retry', status: null });
    if (outcome.kind === 'retry') expect(outcome.message).to.match(/did not answer within 0.2 s/);
  });

  it('clears its timeout when the endpoint answers', async () => {
    const clock = new ManualClock();
    const fetch = new DeferredFetch();
    const pending = postResponse(sampleResponse(), 'https://collector.example/seeds', {
      timers: clock,
      fetch: fetch.fetch,
    });
    (await fetch.call(0)).answer(201);
    expect(await pending).to.deep.equal({ kind: 'delivered', status: 201 });
    expect(clock.delays()).to.deep.equal([]);
  });

  it('says retry on a network error and when the host hook throws', async () => {
    const offline = await postResponse(sampleResponse(), 'https://example.invalid/', {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(offline).to.include({ kind: 'retry', status: null });
    const hook = await postResponse(sampleResponse(), 'https://example.invalid/', {
      fetch: () => Promise.reject(new Error('must not be called')),
      requestInit: () => {
        throw new Error('no token');
      },
    });
    expect(hook.kind).to.equal('retry');
    if (hook.kind === 'retry') expect(hook.message).to.match(/no token/);
  });
});

describe('classifyStatus(status)', () => {
  it('sorts statuses into delivered, retry and failed', () => {
    expect([200, 201, 202, 204].map((s) => classifyStatus(s).kind)).to.deep.equal(Array(4).fill('delivered'));
    expect([500, 502, 503, 504, 408, 429].map((s) => classifyStatus(s).kind)).to.deep.equal(Array(6).fill('retry'));
    expect([400, 401, 403, 404, 409, 413, 422, 0, 304].map((s) => classifyStatus(s).kind)).to.deep.equal(
      Array(9).fill('failed'),
    );
  });
  it('keeps Retry-After only for 429 and 503', () => {
    expect(classifyStatus(429, '', 5000)).to.include({ retryAfter: 5000 });
    expect(classifyStatus(503, '', 5000)).to.include({ retryAfter: 5000 });
    expect(classifyStatus(500, '', 5000)).not.to.have.property('retryAfter');
  });
});
