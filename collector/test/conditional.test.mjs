// Conditional reads of a community's responses (ETag / If-None-Match → 304), run against SQLite
// and PostgreSQL: an unchanged list costs the group view no body at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DATABASES, addCommunity, post, sampleResponse, startApp } from './support.mjs';

for (const db of DATABASES) {
  describe(`conditional reads on ${db.name}`, { skip: db.skip }, () => {
    let storage;
    let server;
    let token;

    before(async () => {
      storage = db.open(db.place());
      await storage.migrate();
      token = await addCommunity(storage, 'greenport');
      await addCommunity(storage, 'westland');
      server = await startApp(storage);
    });
    after(async () => {
      await server?.app.close();
      await storage?.close();
    });

    const get = (ifNoneMatch, { community = 'greenport', query = '', auth = token } = {}) =>
      fetch(`${server.url}/api/communities/${community}/responses${query}`, {
        headers: {
          ...(auth ? { Authorization: `Bearer ${auth}` } : {}),
          ...(ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {}),
        },
      });

    it('tags the list, answers its tag with 304 and no body, and a new response changes the tag', async () => {
      const empty = await get();
      assert.equal(empty.status, 200);
      const emptyTag = empty.headers.get('etag');
      assert.match(emptyTag, /^"[^"]+"$/, 'a strong, quoted tag');
      assert.deepEqual(await empty.json(), []);

      const first = sampleResponse();
      assert.equal((await post(server.url, first)).status, 201);
      const full = await get(emptyTag);
      assert.equal(full.status, 200, 'the old tag no longer matches');
      const tag = full.headers.get('etag');
      assert.notEqual(tag, emptyTag);
      assert.deepEqual((await full.json()).map((r) => r.id), [first.id]);

      const same = await get(tag);
      assert.equal(same.status, 304);
      assert.equal(same.headers.get('etag'), tag);
      assert.equal(await same.text(), '', 'no body');
      assert.equal((await get(`W/${tag}`)).status, 304, 'weak comparison');
      assert.equal((await get(`"other", ${tag}`)).status, 304, 'a list of tags');
      assert.equal((await get('*')).status, 304);
      assert.equal((await get('"nonsense"')).status, 200);

      // The same response again (a retried delivery) stores nothing: the tag stays.
      assert.equal((await post(server.url, first)).status, 200);
      assert.equal((await get(tag)).status, 304);

      const second = sampleResponse();
      assert.equal((await post(server.url, second)).status, 201);
      const grown = await get(tag);
      assert.equal(grown.status, 200);
      assert.deepEqual((await grown.json()).map((r) => r.id), [first.id, second.id]);
    });

    it('a delete changes the tag, also when a new response takes the place of the deleted one', async () => {
      const a = sampleResponse();
      const b = sampleResponse();
      for (const r of [a, b]) assert.equal((await post(server.url, r)).status, 201);
      const tag = (await get()).headers.get('etag');
      assert.equal(await storage.deleteResponse(a.id), true);
      const afterDelete = await get(tag);
      assert.equal(afterDelete.status, 200);
      assert.ok(!(await afterDelete.json()).some((r) => r.id === a.id));
      const tagAfterDelete = afterDelete.headers.get('etag');

      // Delete the last one and add another: the count is the same as before, the list is not.
      assert.equal(await storage.deleteResponse(b.id), true);
      const c = sampleResponse();
      assert.equal((await post(server.url, c)).status, 201);
      const replaced = await get(tagAfterDelete);
      const replacedTag = replaced.headers.get('etag');
      assert.equal(replaced.status, 200);
      assert.notEqual(replacedTag, tagAfterDelete);
      const ids = (await replaced.json()).map((r) => r.id);
      assert.ok(ids.includes(c.id) && !ids.includes(b.id));
      assert.equal((await get(replacedTag)).status, 304);
    });

    it('tags a round apart from the whole list, and another community apart', async () => {
      const whole = (await get()).headers.get('etag');
      const inRound = sampleResponse({ round: 'r-cond' });
      assert.equal((await post(server.url, inRound)).status, 201);
      const round = await get(undefined, { query: '?round=r-cond' });
      const roundTag = round.headers.get('etag');
      assert.deepEqual((await round.json()).map((r) => r.id), [inRound.id]);
      assert.equal((await get(roundTag, { query: '?round=r-cond' })).status, 304);
      assert.equal((await get(whole)).status, 200, 'the whole list grew');
      const other = await get(roundTag, { query: '?round=another' });
      assert.equal(other.status, 200, 'an empty round is another list');
      assert.deepEqual(await other.json(), []);
    });

    it('reads from a cursor: only what was added since, with the cursor and count of the whole list', async () => {
      const query = (after, round) => `?${new URLSearchParams({ ...(round && { round }), after })}`;
      const first = await get(undefined, { query: '?round=r-cursor' });
      assert.deepEqual(await first.json(), []);
      assert.equal(first.headers.get('seeds-count'), '0');
      const start = first.headers.get('seeds-cursor');
      assert.match(start, /^\d+$/);

      const a = sampleResponse({ round: 'r-cursor' });
      const b = sampleResponse({ round: 'r-cursor' });
      for (const r of [a, b]) assert.equal((await post(server.url, r)).status, 201);
      const full = await get(undefined, { query: '?round=r-cursor' });
      assert.deepEqual((await full.json()).map((r) => r.id), [a.id, b.id]);
      assert.equal(full.headers.get('seeds-count'), '2');
      const cursor = full.headers.get('seeds-cursor');
      assert.ok(Number(cursor) > Number(start));

      const none = await get(undefined, { query: query(cursor, 'r-cursor') });
      assert.equal(none.status, 200);
      assert.deepEqual(await none.json(), [], 'nothing since');
      assert.equal(none.headers.get('seeds-cursor'), cursor);
      assert.equal((await get(full.headers.get('etag'), { query: query(cursor, 'r-cursor') })).status, 304);

      const c = sampleResponse({ round: 'r-cursor' });
      const elsewhere = sampleResponse({ round: 'r-other' });
      for (const r of [c, elsewhere]) assert.equal((await post(server.url, r)).status, 201);
      const since = await get(undefined, { query: query(cursor, 'r-cursor') });
      assert.deepEqual((await since.json()).map((r) => r.id), [c.id], 'only the new one, of this round');
      assert.equal(since.headers.get('seeds-count'), '3', 'the count of the whole list');
      assert.notEqual(since.headers.get('etag'), full.headers.get('etag'));
      const fromStart = await get(undefined, { query: query(start, 'r-cursor') });
      assert.deepEqual((await fromStart.json()).map((r) => r.id), [a.id, b.id, c.id]);

      // A delete lowers the count: a reader adding up to a different count reads everything again.
      assert.equal(await storage.deleteResponse(a.id), true);
      const afterDelete = await get(undefined, { query: query(since.headers.get('seeds-cursor'), 'r-cursor') });
      assert.deepEqual(await afterDelete.json(), []);
      assert.equal(afterDelete.headers.get('seeds-count'), '2');

      for (const bad of ['-1', '1.5', 'x', '', '01', '9007199254740993000']) {
        assert.equal((await get(undefined, { query: `?after=${bad}` })).status, 400, bad);
      }
      assert.equal((await get(undefined, { query: '?after=1&after=2' })).status, 400);
    });

    it('checks the token before the tag: no 304 without access', async () => {
      const tag = (await get()).headers.get('etag');
      assert.equal((await get(tag, { auth: null })).status, 401);
      assert.equal((await get(tag, { auth: 'wrong-token' })).status, 403);
      assert.equal((await get('*', { community: 'westland' })).status, 403);
    });

    it('lets a browser on an allowed origin send If-None-Match and read the ETag (CORS)', async () => {
      const preflight = await fetch(`${server.url}/api/communities/greenport/responses`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://host.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization,if-none-match',
        },
      });
      assert.ok(preflight.status < 300);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /if-none-match/i);
      const res = await fetch(`${server.url}/api/communities/greenport/responses`, {
        headers: { Origin: 'https://host.example', Authorization: `Bearer ${token}` },
      });
      assert.match(res.headers.get('access-control-expose-headers') ?? '', /etag/i);
      assert.match(res.headers.get('access-control-expose-headers') ?? '', /seeds-cursor.*seeds-count/i);
    });
  });
}
