// The collector's HTTP contract (PRODUCT.md, "The collector"), run against SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN_TOKEN, DATABASES, addCommunity, post, read, sampleResponse, startApp } from './support.mjs';

for (const db of DATABASES) {
  describe(`collector API on ${db.name}`, { skip: db.skip }, () => {
    let storage;
    let server;
    let token;
    let otherToken;

    before(async () => {
      storage = db.open(db.place());
      await storage.migrate();
      token = await addCommunity(storage, 'greenport');
      otherToken = await addCommunity(storage, 'westland');
      server = await startApp(storage);
    });
    after(async () => {
      await server?.app.close();
      await storage?.close();
    });

    it('GET /api/health → 200 with the storage kind', async () => {
      const res = await fetch(`${server.url}/api/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok', storage: storage.kind });
    });

    it('stores a response (201), takes the same again as 200 without storing twice, and reads it back', async () => {
      const response = sampleResponse({ community: 'greenport' });
      const first = await post(server.url, response);
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { id: response.id, duplicate: false });
      const again = await post(server.url, { ...response, scores: { 'shared-vision': null, commitment: 75 } });
      assert.equal(again.status, 200, 'the same body with its keys in another order is the same response');
      assert.deepEqual(await again.json(), { id: response.id, duplicate: true });
      const list = await (await read(server.url, 'greenport', token)).json();
      assert.deepEqual(
        list.filter((r) => r.id === response.id),
        [response],
      );
    });

    it('answers 409 for the same id with another body, and keeps the first', async () => {
      const response = sampleResponse({ community: 'greenport' });
      assert.equal((await post(server.url, response)).status, 201);
      const changed = { ...response, respondent: { role: 'government' } };
      const res = await post(server.url, changed);
      assert.equal(res.status, 409);
      assert.match((await res.json()).error, /id/);
      const stored = (await (await read(server.url, 'greenport', token)).json()).find((r) => r.id === response.id);
      assert.deepEqual(stored.respondent, { role: 'business' });
    });

    it('stores the same response posted 20 times at once exactly once', async () => {
      const response = sampleResponse({ community: 'greenport' });
      const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(server.url, response)))).map(
        (r) => r.status,
      );
      assert.deepEqual(
        statuses.toSorted((a, b) => a - b),
        [...Array(19).fill(200), 201],
      );
      const list = await (await read(server.url, 'greenport', token)).json();
      assert.equal(list.filter((r) => r.id === response.id).length, 1);
    });

    it('takes a body of exactly 64 KB and refuses 64 KB + 1 byte with 413', async () => {
      const pad = (response, size) => {
        const text = JSON.stringify(response);
        return text + ' '.repeat(size - Buffer.byteLength(text));
      };
      const fits = sampleResponse({ community: 'greenport' });
      assert.equal((await post(server.url, fits, { raw: pad(fits, 65536) })).status, 201);
      const tooBig = sampleResponse({ community: 'greenport' });
      const res = await post(server.url, tooBig, { raw: pad(tooBig, 65537) });
      assert.equal(res.status, 413);
      assert.match((await res.json()).error, /64 KB/);
      const list = await (await read(server.url, 'greenport', token)).json();
      assert.equal(list.filter((r) => r.id === tooBig.id).length, 0);
    });

    it('refuses a body that fails the schema with 400 and a list of every problem', async () => {
      const bad = sampleResponse({ community: 'greenport', locale: 'de', extra: true });
      bad.answers[0].value = 7;
      delete bad.completedAt;
      const res = await post(server.url, bad);
      assert.equal(res.status, 400);
      const body = await res.json();
      assert.match(body.error, /schema\/response\.v1\.json/);
      const paths = body.problems.map((p) => p.path);
      for (const path of ['/', '/locale', '/answers/0/value']) assert.ok(paths.includes(path), `${path} in ${paths}`);
      assert.ok(body.problems.some((p) => /completedAt/.test(p.message)));
      assert.ok(body.problems.some((p) => /extra/.test(p.message)));
      assert.ok(body.problems.every((p) => typeof p.message === 'string' && p.message.length > 0));
    });

    it('refuses the optional v2 fields when malformed (400) and accepts them when right (201)', async () => {
      const bad = sampleResponse({ community: 'greenport', phase: 'blooming', instrumentVersion: 0 });
      const res = await post(server.url, bad);
      assert.equal(res.status, 400);
      assert.deepEqual((await res.json()).problems.map((p) => p.path).sort(), ['/instrumentVersion', '/phase']);
      const good = sampleResponse({ community: 'greenport', round: 'kick-off', instrumentVersion: 2, phase: 'growing' });
      assert.equal((await post(server.url, good)).status, 201);
    });

    it('answers 400 for broken JSON, an empty body and a mismatched Idempotency-Key; 415 for another type', async () => {
      const broken = await post(server.url, null, { raw: '{"schema": ' });
      assert.equal(broken.status, 400);
      assert.match((await broken.json()).error, /not valid JSON/);
      const empty = await post(server.url, null, { raw: '' });
      assert.equal(empty.status, 400);
      const poisoned = await post(server.url, null, { raw: '{"__proto__": {"x": 1}}' });
      assert.equal(poisoned.status, 400);
      const response = sampleResponse({ community: 'greenport' });
      const mismatch = await post(server.url, response, { headers: { 'Idempotency-Key': 'something-else' } });
      assert.equal(mismatch.status, 400);
      assert.match((await mismatch.json()).error, /Idempotency-Key/);
      const text = await post(server.url, response, { headers: { 'Content-Type': 'text/plain' } });
      assert.equal(text.status, 415);
      assert.match((await text.json()).error, /application\/json/);
      const list = await (await read(server.url, 'greenport', token)).json();
      assert.equal(list.filter((r) => r.id === response.id).length, 0);
    });

    it('answers 404 for a response of an unknown community or of none', async () => {
      for (const community of ['nobody-registered-this', null]) {
        const res = await post(server.url, sampleResponse({ community }));
        assert.equal(res.status, 404);
        assert.equal(typeof (await res.json()).error, 'string');
      }
    });

    it('reads only with the community token: 401 without one, 403 with a wrong or another community’s, 404 unknown', async () => {
      const none = await read(server.url, 'greenport');
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate'), /^Bearer/);
      assert.equal((await read(server.url, 'greenport', '')).status, 401);
      const basic = await fetch(`${server.url}/api/communities/greenport/responses`, {
        headers: { Authorization: `Basic ${btoa('a:b')}` },
      });
      assert.equal(basic.status, 401);
      assert.equal((await read(server.url, 'greenport', `${token}x`)).status, 403);
      assert.equal((await read(server.url, 'greenport', otherToken)).status, 403);
      assert.equal((await read(server.url, 'westland', token)).status, 403);
      assert.equal((await read(server.url, 'unknown-community', token)).status, 404);
      assert.equal((await read(server.url, 'westland', otherToken)).status, 200);
      assert.equal((await read(server.url, 'westland', ADMIN_TOKEN)).status, 200, 'the admin may read every community');
    });

    it('reads a community oldest first, only its own, optionally one round', async () => {
      const community = 'rounds';
      const roundsToken = await addCommunity(storage, community);
      const a = sampleResponse({ community, round: 'kick-off' });
      const b = sampleResponse({ community, round: 'six months later' });
      const c = sampleResponse({ community });
      for (const r of [a, b, c]) assert.equal((await post(server.url, r)).status, 201);
      assert.equal((await post(server.url, sampleResponse({ community: 'westland' }))).status, 201);
      const all = await read(server.url, community, roundsToken);
      assert.equal(all.status, 200);
      assert.match(all.headers.get('content-type'), /^application\/json/);
      assert.equal(all.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await all.json(), [a, b, c]);
      const later = await read(server.url, community, roundsToken, `?round=${encodeURIComponent('six months later')}`);
      assert.deepEqual(await later.json(), [b]);
      const tooLong = await read(server.url, community, roundsToken, `?round=${'x'.repeat(201)}`);
      assert.equal(tooLong.status, 400);
      const twice = await read(server.url, community, roundsToken, '?round=a&round=b');
      assert.equal(twice.status, 400);
    });

    it('stores HTML in any field as text and returns it as JSON only', async () => {
      const community = 'html';
      const htmlToken = await addCommunity(storage, community);
      const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
      const response = sampleResponse({
        community,
        round: evil,
        answers: [{ item: evil, factor: evil, value: 3 }],
        scores: { [evil]: 50 },
      });
      assert.equal((await post(server.url, response)).status, 201);
      const res = await read(server.url, community, htmlToken);
      assert.match(res.headers.get('content-type'), /^application\/json; charset=utf-8$/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(res.headers.get('content-security-policy'), /default-src 'none'/);
      const text = await res.text();
      assert.ok(text.includes(JSON.stringify(evil)), 'the markup is kept as a JSON string, character for character');
      assert.deepEqual(JSON.parse(text), [response]);
      const byRound = await read(server.url, community, htmlToken, `?round=${encodeURIComponent(evil)}`);
      assert.deepEqual(await byRound.json(), [response]);
    });

    it('sends security headers and allows CORS only for listed origins', async () => {
      const res = await fetch(`${server.url}/api/health`, { headers: { Origin: 'https://host.example' } });
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://host.example');
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
      assert.ok(res.headers.get('strict-transport-security'));
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      const preflight = await fetch(`${server.url}/api/responses`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://host.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
      const stranger = await fetch(`${server.url}/api/health`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    });

    it('registers a community with the admin token (201, token shown once) and refuses everything else', async () => {
      const create = (body, auth = `Bearer ${ADMIN_TOKEN}`) =>
        fetch(`${server.url}/api/communities`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
          body: JSON.stringify(body),
        });
      assert.equal((await create({ id: 'new-one' }, null)).status, 401);
      assert.equal((await create({ id: 'new-one' }, 'Bearer not-the-admin-token')).status, 403);
      assert.equal((await create({ id: 'new-one' }, `Bearer ${token}`)).status, 403);
      const bad = await create({ id: '../etc', extra: 1 });
      assert.equal(bad.status, 400);
      assert.ok((await bad.json()).problems.length >= 1);
      const made = await create({ id: 'new-one', name: 'New <b>one</b>' });
      assert.equal(made.status, 201);
      const { id, token: fresh } = await made.json();
      assert.equal(id, 'new-one');
      assert.match(fresh, /^seeds_[A-Za-z0-9_-]{43}$/);
      assert.equal((await create({ id: 'new-one' })).status, 409);
      assert.equal((await post(server.url, sampleResponse({ community: 'new-one' }))).status, 201);
      assert.equal((await (await read(server.url, 'new-one', fresh)).json()).length, 1);
      const record = await storage.community('new-one');
      assert.notEqual(record.tokenHash, fresh);
      assert.ok(!JSON.stringify(record).includes(fresh), 'only a hash of the token is stored');
    });

    it('answers JSON 404 for unknown paths', async () => {
      const res = await fetch(`${server.url}/api/nothing-here`);
      assert.equal(res.status, 404);
      assert.deepEqual(await res.json(), { error: 'Not found.' });
    });

    it('forgets a deleted response', async () => {
      const response = sampleResponse({ community: 'greenport' });
      assert.equal((await post(server.url, response)).status, 201);
      assert.equal(await storage.deleteResponse(response.id), true);
      assert.equal(await storage.deleteResponse(response.id), false);
      const list = await (await read(server.url, 'greenport', token)).json();
      assert.equal(list.filter((r) => r.id === response.id).length, 0);
    });

    it('logs each request as JSON, never a token', async () => {
      const text = server.logs();
      const lines = text.trim().split('\n').map((line) => JSON.parse(line));
      assert.ok(lines.some((l) => l.req?.method === 'POST' && l.req?.url === '/api/responses'));
      assert.ok(lines.some((l) => l.res?.statusCode === 201 && typeof l.responseTime === 'number'));
      for (const secret of [token, otherToken, ADMIN_TOKEN]) assert.ok(!text.includes(secret), 'a token is in the log');
    });
  });

  describe(`collector limits and modes on ${db.name}`, { skip: db.skip }, () => {
    let storage;
    before(async () => {
      storage = db.open(db.place());
      await storage.migrate();
    });
    after(() => storage?.close());

    it('answers 429 with Retry-After when one client sends too much, and JSON that says so', async () => {
      const server = await startApp(storage, { rateLimit: 3, open: true });
      try {
        for (let i = 0; i < 3; i++) assert.equal((await post(server.url, sampleResponse())).status, 201);
        const res = await post(server.url, sampleResponse());
        assert.equal(res.status, 429);
        assert.match(res.headers.get('retry-after'), /^\d+$/);
        assert.ok(Number(res.headers.get('retry-after')) > 0);
        assert.match((await res.json()).error, /Too many requests/);
      } finally {
        await server.app.close();
      }
    });

    it('with SEEDS_OPEN takes responses of any community; without an admin token has no community route', async () => {
      const server = await startApp(storage, { open: true, adminToken: null });
      try {
        assert.equal((await post(server.url, sampleResponse({ community: 'anyone' }))).status, 201);
        assert.equal((await post(server.url, sampleResponse({ community: null }))).status, 201);
        const res = await fetch(`${server.url}/api/communities`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
          body: '{"id":"x"}',
        });
        assert.equal(res.status, 404);
      } finally {
        await server.app.close();
      }
    });
  });
}
