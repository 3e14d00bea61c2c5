// The demo's receiving endpoint, tested in Node (it is Node code): validation, de-duplication, listing.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createReceiver } from '../../demo/receiver.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'seeds-receiver-'));
let server;
let url;

function response(overrides = {}) {
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id: randomUUID(),
    community: 'test',
    instrument: 'quick',
    locale: 'en',
    startedAt: '2026-11-27T10:00:00.000Z',
    completedAt: '2026-11-27T10:02:00.000Z',
    respondent: { role: null },
    answers: [{ item: 'commitment.1', factor: 'commitment', value: 4 }],
    scores: { commitment: 75 },
    ...overrides,
  };
}

const post = (body, key = body.id, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': type, 'Idempotency-Key': key }, body: JSON.stringify(body) });

before(async () => {
  const receive = createReceiver({ dataDir });
  server = createServer(receive);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/api/responses`;
});

after(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo receiver', () => {
  it('stores a valid response with 201 and lists it on GET', async () => {
    const body = response();
    const answer = await post(body);
    assert.equal(answer.status, 201);
    const listed = await (await fetch(url)).json();
    assert.ok(listed.some((record) => record.response.id === body.id));
    const lines = readFileSync(join(dataDir, 'responses.jsonl'), 'utf8').trim().split('\n');
    assert.equal(JSON.parse(lines.at(-1)).response.id, body.id);
  });

  it('answers a repeat of the same Idempotency-Key with 200 and stores it once', async () => {
    const body = response();
    assert.equal((await post(body)).status, 201);
    assert.equal((await post(body)).status, 200);
    const listed = await (await fetch(url)).json();
    assert.equal(listed.filter((record) => record.response.id === body.id).length, 1);
  });

  it('refuses a body that does not match the schema with 400 and the reasons', async () => {
    const answer = await post(response({ instrument: 'long', scores: { commitment: 140 } }));
    assert.equal(answer.status, 400);
    const { reasons } = await answer.json();
    assert.ok(reasons.some((r) => r.includes('/instrument')));
    assert.ok(reasons.some((r) => r.includes('/scores/commitment')));
  });

  it('refuses invalid JSON, a wrong key and a wrong content type', async () => {
    const bad = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{ nope' });
    assert.equal(bad.status, 400);
    assert.equal((await post(response(), randomUUID())).status, 400);
    assert.equal((await post(response(), undefined, 'text/plain')).status, 415);
  });
});
