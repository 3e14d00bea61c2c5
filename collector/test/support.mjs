// Shared by the collector's tests: the databases to run against, sample payloads, an in-process
// collector on a free port, and a spawned one for kill/restart tests.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createCollector, hashToken, newToken, PostgresStorage, SqliteStorage } from '../dist/index.js';

export const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
export const ADMIN_TOKEN = 'admin-token-for-the-tests-0123456789';

const URL_FILE = new URL('../../node_modules/.cache/seeds-collector/postgres-url', import.meta.url);
const postgresUrl =
  process.env.TEST_DATABASE_URL || (existsSync(URL_FILE) ? readFileSync(URL_FILE, 'utf8').trim() : null);

const SKIP_POSTGRES =
  'PostgreSQL SKIPPED: no test database (scripts/ensure-postgres.mjs could not set one up; set TEST_DATABASE_URL)';
if (!postgresUrl) console.error(`\n${'!'.repeat(90)}\n!! ${SKIP_POSTGRES}\n${'!'.repeat(90)}\n`);

/**
 * The two storages. `env(dir)` gives the environment a spawned collector needs for the same
 * database; `open(dir)` the storage itself. Each suite gets its own SQLite file or PostgreSQL schema.
 */
export const DATABASES = [
  {
    name: 'SQLite',
    skip: false,
    place: () => ({ file: join(mkdtempSync(join(tmpdir(), 'seeds-collector-')), 'seeds.db') }),
    open: (place) => new SqliteStorage(place.file),
    env: (place) => ({ SEEDS_DB: place.file }),
  },
  {
    name: 'PostgreSQL',
    skip: postgresUrl ? false : SKIP_POSTGRES,
    place: () => ({ schema: `t_${randomUUID().replaceAll('-', '').slice(0, 20)}` }),
    open: (place) => new PostgresStorage(postgresUrl, { schema: place.schema }),
    env: (place) => ({ DATABASE_URL: withSchema(postgresUrl, place.schema) }),
  },
];

/** A connection URL whose sessions use `schema` (libpq's options parameter, which pg reads too). */
function withSchema(url, schema) {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export function sampleResponse(overrides = {}) {
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id: randomUUID(),
    community: 'greenport',
    instrument: 'quick',
    locale: 'en',
    startedAt: '2026-11-27T10:00:00.000Z',
    completedAt: '2026-11-27T10:02:00.000Z',
    respondent: { role: 'business' },
    answers: [
      { item: 'commitment.1', factor: 'commitment', value: 4 },
      { item: 'shared-vision.1', factor: 'shared-vision', value: null },
    ],
    scores: { commitment: 75, 'shared-vision': null },
    ...overrides,
  };
}

export const defaultConfig = {
  adminToken: ADMIN_TOKEN,
  open: false,
  origins: ['https://host.example'],
  rateLimit: 10_000,
  rateWindowMs: 60_000,
  bodyLimit: 64 * 1024,
  logLevel: 'info',
  trustProxy: false,
};

/** An in-process collector on a free loopback port, with its log lines collected. */
export async function startApp(storage, config = {}) {
  const logStream = new PassThrough();
  const logs = [];
  logStream.on('data', (chunk) => logs.push(chunk.toString('utf8')));
  const app = await createCollector({ config: { ...defaultConfig, ...config }, storage, logStream });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  return { app, url: `http://127.0.0.1:${port}`, logs: () => logs.join('') };
}

/** Registers a community directly in storage; returns its token. */
export async function addCommunity(storage, id) {
  const token = newToken();
  await storage.addCommunity({ id, name: id, tokenHash: hashToken(token) });
  return token;
}

export function post(url, body, { headers = {}, raw } = {}) {
  return fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(body?.id ? { 'Idempotency-Key': body.id } : {}), ...headers },
    body: raw ?? JSON.stringify(body),
  });
}

export function read(url, community, token, query = '') {
  return fetch(`${url}/api/communities/${encodeURIComponent(community)}/responses${query}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

/** Starts `dist/cli.js serve` in a child process; resolves when it listens. */
export function spawnCollector(env) {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SEEDS_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let announced = false;
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (announced) return;
      const line = output.split('\n').find((l) => l.includes('collector listening'));
      if (!line) return;
      announced = true;
      resolve(JSON.parse(line).url);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(({ code, signal }) => reject(new Error(`collector exited (${code ?? signal}) before listening:\n${output}`)));
  });
  ready.catch(() => {}); // a test that expects the exit reads `exited` instead
  return { child, ready, exited, output: () => output };
}
