// The collector as a process: nothing acknowledged is lost to SIGKILL, SIGTERM finishes requests under
// way, the CLI manages communities and exports; on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { SqliteStorage } from '../dist/index.js';
import { CLI, DATABASES, addCommunity, post, read, sampleResponse, spawnCollector } from './support.mjs';

const exec = promisify(execFile);
const cli = (env, ...args) => exec(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });

for (const db of DATABASES) {
  describe(`collector process on ${db.name}`, { skip: db.skip }, () => {
    let place;
    let env;
    let token;
    const running = [];

    before(async () => {
      place = db.place();
      env = db.env(place);
      const storage = db.open(place);
      await storage.migrate();
      token = await addCommunity(storage, 'greenport');
      await storage.close();
    });
    after(() => {
      for (const c of running) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    });
    const start = () => {
      const c = spawnCollector(env);
      running.push(c);
      return c;
    };

    it('keeps a response acknowledged with 201 when killed with SIGKILL right after, and after a restart', async () => {
      const first = start();
      const url = await first.ready;
      const response = sampleResponse({ community: 'greenport' });
      assert.equal((await post(url, response)).status, 201);
      first.child.kill('SIGKILL');
      assert.equal((await first.exited).signal, 'SIGKILL');

      const second = start();
      const again = await second.ready;
      const list = await (await read(again, 'greenport', token)).json();
      assert.deepEqual(
        list.filter((r) => r.id === response.id),
        [response],
      );
      assert.equal((await post(again, response)).status, 200, 'a retry after the restart is still recognised');
      second.child.kill('SIGKILL');
      await second.exited;
    });

    it('on SIGTERM finishes a request under way (201, stored), then exits 0', async () => {
      const c = start();
      const url = new URL(await c.ready);
      const response = sampleResponse({ community: 'greenport' });
      const body = Buffer.from(JSON.stringify(response));
      const answered = new Promise((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: '/api/responses',
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Idempotency-Key': response.id },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode, text }));
          },
        );
        req.on('error', reject);
        // Half the body now; the rest only once the collector has begun to stop.
        req.write(body.subarray(0, 100));
        const onData = (chunk) => {
          if (!String(chunk).includes('stopping')) return;
          c.child.stdout.off('data', onData);
          req.end(body.subarray(100));
        };
        c.child.stdout.on('data', onData);
        // Wait until the request has reached the server before asking it to stop.
        const poll = () => (c.output().includes('incoming request') ? c.child.kill('SIGTERM') : setImmediate(poll));
        poll();
      });
      const { status } = await answered;
      assert.equal(status, 201);
      assert.deepEqual(await c.exited, { code: 0, signal: null });
      assert.match(c.output(), /stopped/);

      const d = start();
      const list = await (await read(await d.ready, 'greenport', token)).json();
      assert.equal(list.filter((r) => r.id === response.id).length, 1);
      d.child.kill('SIGTERM');
      assert.equal((await d.exited).code, 0);
    });

    it('CLI: community add prints a token once; list, export as JSON and CSV, delete-response', async () => {
      const added = await cli(env, 'community', 'add', 'cli-community', '--name', 'CLI test');
      const token2 = added.stdout.trim().split('\n').at(-1);
      assert.match(token2, /^seeds_[A-Za-z0-9_-]{43}$/);
      await assert.rejects(cli(env, 'community', 'add', 'cli-community'), (e) => e.code === 2 && /exists/.test(e.stderr));
      await assert.rejects(cli(env, 'community', 'add', '../bad'), (e) => e.code === 2);

      const c = start();
      const url = await c.ready;
      const a = sampleResponse({ community: 'cli-community', round: 'kick-off', locale: 'nl' });
      const b = sampleResponse({ community: 'cli-community', answers: [{ item: 'commitment.1', factor: 'commitment', value: 1 }], scores: { commitment: 0 } });
      b.answers[0].item = '=HYPERLINK("x")';
      for (const r of [a, b]) assert.equal((await post(url, r)).status, 201);
      assert.equal((await read(url, 'cli-community', token2)).status, 200, 'the printed token opens the community');

      const list = (await cli(env, 'community', 'list')).stdout;
      assert.match(list, /^cli-community\t2 responses\tCLI test/m);
      assert.match(list, /^greenport\t/m);

      assert.deepEqual(JSON.parse((await cli(env, 'export', 'cli-community')).stdout), [a, b]);
      assert.deepEqual(JSON.parse((await cli(env, 'export', 'cli-community', '--round', 'kick-off')).stdout), [a]);
      const csv = (await cli(env, 'export', 'cli-community', '--format', 'csv')).stdout;
      const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0], /^id,community,round,instrument,instrumentVersion,phase,locale,startedAt,completedAt,role,score:commitment/);
      assert.ok(lines[1].startsWith(`${a.id},cli-community,kick-off,quick,1,,nl,`));
      assert.ok(!/,=HYPERLINK/.test(lines[0]), 'a formula in a field is neutralised for spreadsheets');
      await assert.rejects(cli(env, 'export', 'no-such-community'), (e) => e.code === 2);
      await assert.rejects(cli(env, 'export', 'cli-community', '--format', 'xml'), (e) => e.code === 2);

      assert.match((await cli(env, 'delete-response', a.id)).stdout, /deleted/);
      await assert.rejects(cli(env, 'delete-response', a.id), (e) => e.code === 1 && /nothing deleted/.test(e.stderr));
      assert.deepEqual(await (await read(url, 'cli-community', token2)).json(), [b]);
      c.child.kill('SIGTERM');
      await c.exited;
      assert.ok(!c.output().includes(token2) && !c.output().includes(token), 'no token in the logs');
    });

    it('CLI: import adds an export back without storing anything twice; backup copies SQLite while it runs', async () => {
      await cli(env, 'community', 'add', 'moving');
      const c = start();
      const url = await c.ready;
      const a = sampleResponse({ community: 'moving' });
      const b = sampleResponse({ community: 'moving', round: 'later' });
      for (const r of [a, b]) assert.equal((await post(url, r)).status, 201);
      const file = join(mkdtempSync(join(tmpdir(), 'seeds-export-')), 'moving.json');
      writeFileSync(file, (await cli(env, 'export', 'moving')).stdout);
      await cli(env, 'delete-response', a.id);
      assert.match((await cli(env, 'import', file)).stdout, /Imported 1; already there 1;/);
      assert.deepEqual(JSON.parse((await cli(env, 'export', 'moving')).stdout).map((r) => r.id).sort(), [a.id, b.id].sort());
      writeFileSync(file, JSON.stringify([{ ...a, scores: { commitment: 1 } }, { id: 'x' }]));
      await assert.rejects(cli(env, 'import', file), (e) => e.code === 1 && /another body \(skipped\) 1; invalid \(skipped\) 1/.test(e.stdout));

      if (db.name === 'SQLite') {
        const copy = join(dirname(file), 'copy.db');
        assert.match((await cli(env, 'backup', copy)).stdout, /Copied/);
        const storage = new SqliteStorage(copy);
        await storage.migrate();
        assert.equal((await storage.responses('moving')).length, 2);
        await storage.close();
      } else {
        await assert.rejects(cli(env, 'backup', '/tmp/x.db'), (e) => e.code === 2 && /pg_dump/.test(e.stderr));
      }
      c.child.kill('SIGTERM');
      await c.exited;
    });

    it('says what to do when the port is taken, without a stack trace', async () => {
      const c = start();
      const port = new URL(await c.ready).port;
      const clash = spawnCollector({ ...env, PORT: port });
      const { code } = await clash.exited;
      assert.equal(code, 1);
      assert.match(clash.output(), new RegExp(`Port ${port} is in use.*PORT=${Number(port) + 1}`));
      assert.ok(!/\n\s+at /.test(clash.output()), 'no stack trace');
      c.child.kill('SIGTERM');
      await c.exited;
    });
  });
}

describe('collector configuration', () => {
  it('refuses a bad setting with a readable message and exit code 1', async () => {
    for (const [env, message] of [
      [{ PORT: 'eighty' }, /PORT must be a whole number/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
      [{ SEEDS_ADMIN_TOKEN: 'short' }, /at least 16 characters/],
      [{ SEEDS_ORIGINS: 'example.org' }, /not an origin/],
      [{ SEEDS_SQLITE_SYNC: 'off' }, /SEEDS_SQLITE_SYNC must be normal or full/],
    ]) {
      await assert.rejects(cli(env, 'community', 'list'), (e) => e.code === 1 && message.test(e.stderr) && !/\n\s+at /.test(e.stderr));
    }
  });

  it('prints its usage for help and for an unknown command (exit 2)', async () => {
    assert.match((await cli({}, 'help')).stdout, /community add <id>/);
    await assert.rejects(cli({}, 'frobnicate'), (e) => e.code === 2 && /Unknown command/.test(e.stderr));
  });
});
