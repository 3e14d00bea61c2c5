// Benchmark of the collector on SQLite and PostgreSQL: sustained POST throughput, and the facilitator's
// read of 10,000 responses. The collector runs in its own process (collector/dist/cli.js serve); the
// load comes from this process with autocannon over loopback.
//   npm run bench:collector            (BENCH_SECONDS=15 CONNECTIONS=10 to change the load)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PostgresStorage, SqliteStorage, hashToken, newToken } from '../collector/dist/index.js';

const CLI = new URL('../collector/dist/cli.js', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS || 15);
const CONNECTIONS = Number(process.env.CONNECTIONS || 10);
const READ_SIZE = 10_000;
const URL_FILE = new URL('../node_modules/.cache/seeds-collector/postgres-url', import.meta.url);
const postgresUrl = process.env.TEST_DATABASE_URL || (existsSync(URL_FILE) ? readFileSync(URL_FILE, 'utf8').trim() : null);

function payload(community) {
  const factors = ['commitment', 'shared-vision', 'trust', 'team', 'leadership', 'goals', 'resources', 'knowledge', 'communication', 'culture', 'learning', 'results'];
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id: randomUUID(),
    community,
    instrument: 'quick',
    locale: 'nl',
    startedAt: '2026-11-27T10:00:00.000Z',
    completedAt: '2026-11-27T10:02:00.000Z',
    respondent: { role: 'business' },
    answers: factors.map((factor, i) => ({ item: `${factor}.1`, factor, value: (i % 5) + 1 })),
    scores: Object.fromEntries(factors.map((factor, i) => [factor, (i % 5) * 25])),
  };
}

function startCollector(env) {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SEEDS_LOG_LEVEL: 'info', SEEDS_RATE_LIMIT: '10000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    // The collector logs every request at info (as in production); the pipe is drained, not kept.
    child.stdout.on('data', (chunk) => {
      if (output === null) return;
      output += chunk;
      const match = /"url":"([^"]+)"/.exec(output);
      if (match) {
        output = null;
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`collector exited with ${code}`)));
  });
}

function run(options) {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

async function bench(name, open, env) {
  const storage = open();
  await storage.migrate();
  const community = 'bench';
  const readCommunity = 'bench-read';
  const token = newToken();
  await storage.addCommunity({ id: community, name: community, tokenHash: hashToken(token) });
  await storage.addCommunity({ id: readCommunity, name: readCommunity, tokenHash: hashToken(token) });
  await storage.close();

  const { child, url } = await startCollector(env);
  try {
    const post = await run({
      url: `${url}/api/responses`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          setupRequest: (request) => {
            const body = payload(community);
            return { ...request, headers: { 'content-type': 'application/json', 'idempotency-key': body.id }, body: JSON.stringify(body) };
          },
        },
      ],
    });
    // Exactly READ_SIZE responses in a community of their own, posted through the API.
    const filled = await run({
      url: `${url}/api/responses`,
      method: 'POST',
      connections: CONNECTIONS,
      amount: READ_SIZE,
      requests: [
        {
          setupRequest: (request) => {
            const body = payload(readCommunity);
            return { ...request, headers: { 'content-type': 'application/json', 'idempotency-key': body.id }, body: JSON.stringify(body) };
          },
        },
      ],
    });
    if (filled['2xx'] !== READ_SIZE) throw new Error(`filling the read community: ${filled['2xx']} of ${READ_SIZE} stored`);
    const readUrl = `${url}/api/communities/${readCommunity}/responses`;
    const get = await run({
      url: readUrl,
      connections: 2,
      duration: SECONDS,
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      name,
      postRate: post.requests.average,
      postP99: post.latency.p99,
      postErrors: post.non2xx + post.errors,
      posted: post.requests.total,
      readCount: (await (await fetch(readUrl, { headers: { authorization: `Bearer ${token}` } })).json()).length,
      readBytes: (await (await fetch(readUrl, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer()).byteLength,
      readRate: get.requests.average,
      readP50: get.latency.p50,
      readP99: get.latency.p99,
      readErrors: get.non2xx + get.errors,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'seeds-bench-'));
const results = [];
const file = join(dir, 'bench.db');
results.push(await bench('SQLite', () => new SqliteStorage(file), { SEEDS_DB: file }));
if (postgresUrl) {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const u = new URL(postgresUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  results.push(await bench('PostgreSQL', () => new PostgresStorage(postgresUrl, { schema }), { DATABASE_URL: u.toString() }));
  const drop = new PostgresStorage(postgresUrl);
  await drop['pool'].query(`DROP SCHEMA ${schema} CASCADE`);
  await drop.close();
} else {
  console.error('!! PostgreSQL not available (npm run bench:collector sets it up as root): only SQLite measured');
}
rmSync(dir, { recursive: true, force: true });

console.log(`\nCollector benchmark: ${SECONDS} s per phase, POST with ${CONNECTIONS} connections, read with 2; load from a second process over loopback\n`);
console.log('| database | POST/s | POST p99 | POST errors | responses in read | read size | reads/s | read p50 | read p99 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.name} | ${Math.round(r.postRate)} | ${r.postP99} ms | ${r.postErrors} | ${r.readCount} | ${(r.readBytes / 1e6).toFixed(1)} MB | ${r.readRate.toFixed(1)} | ${r.readP50} ms | ${r.readP99} ms |`,
  );
}
