// A real collector (collector/dist, SQLite in a temporary folder) behind a proxy that can fail, for the
// browser tests of the widget delivering to it. Koa middleware for the web-test-runner dev server:
//
//   POST /__collector/community          body { id }: registers the community; answers { id, token }
//   POST /__collector/fail/<name>        body { mode: 'before' | 'after' | 'drop', count }: the next `count`
//                                        requests through /__collector/p/<name>/ get 503 (Retry-After: 0) from
//                                        the proxy, either instead of reaching the collector ('before') or after
//                                        the collector answered, which is then lost ('after': a lost 201); or
//                                        the connection is cut ('drop': unreachable; browsers re-send a GET on a cut
//                                        connection once by themselves, so give a count above 1 and
//                                        post count 0 to end it)
//   GET  /__collector/reads/<name>       answers { gets }: how many GETs went through /__collector/p/<name>/
//   *    /__collector/p/<name>/<path>    forwarded to the collector's /<path>
//
// Each test uses its own name (its community), so tests never see each other's failures.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = '/__collector/';
/** @type {Map<string, { mode: 'before' | 'after' | 'drop', count: number }>} */
const failures = new Map();
/** GETs per name, so a test can tell that the group view's next read has happened. */
const gets = new Map();
let started;
let collector;

/** Loaded on first use (building collector/dist when needed), so test runs that never ask pay nothing. */
async function load() {
  const dist = new URL('../../collector/dist/index.js', import.meta.url);
  if (!existsSync(dist)) await import('../../collector/build.mjs');
  collector = await import(dist.href);
  return collector;
}

function start() {
  started ??= (async () => {
    const { createCollector, SqliteStorage } = await load();
    const storage = new SqliteStorage(join(mkdtempSync(join(tmpdir(), 'seeds-wtr-collector-')), 'seeds.db'));
    await storage.migrate();
    const app = await createCollector({
      storage,
      config: {
        adminToken: null,
        open: false,
        origins: [],
        rateLimit: 100_000,
        rateWindowMs: 60_000,
        bodyLimit: 64 * 1024,
        logLevel: 'silent',
        trustProxy: false,
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { storage, app, url: `http://127.0.0.1:${app.server.address().port}` };
  })();
  return started;
}

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function takeFailure(name) {
  const plan = failures.get(name);
  if (!plan || plan.count <= 0) return null;
  plan.count -= 1;
  return plan.mode;
}

export async function collectorProxy(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const { storage, url } = await start();
  const rest = ctx.path.slice(PREFIX.length);

  if (ctx.method === 'POST' && rest === 'community') {
    const { id } = JSON.parse(await readText(ctx.req));
    const token = collector.newToken();
    await storage.addCommunity({ id, name: id, tokenHash: collector.hashToken(token) });
    return json(ctx, 201, { id, token });
  }
  const fail = /^fail\/([^/]+)$/.exec(rest);
  if (ctx.method === 'POST' && fail) {
    failures.set(decodeURIComponent(fail[1]), JSON.parse(await readText(ctx.req)));
    return json(ctx, 204, {});
  }
  const reads = /^reads\/([^/]+)$/.exec(rest);
  if (ctx.method === 'GET' && reads) return json(ctx, 200, { gets: gets.get(decodeURIComponent(reads[1])) ?? 0 });
  const proxied = /^p\/([^/]+)(\/.*)$/.exec(rest);
  if (!proxied) return json(ctx, 404, { error: 'unknown test route' });
  const name = decodeURIComponent(proxied[1]);
  if (ctx.method === 'GET') gets.set(name, (gets.get(name) ?? 0) + 1);
  const body = ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readText(ctx.req);
  const mode = ctx.method === 'OPTIONS' ? null : takeFailure(name);
  const unavailable = () => json(ctx, 503, { error: 'proxy: collector unavailable' }, { 'Retry-After': '0' });
  if (mode === 'before') return unavailable();
  if (mode === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const headers = {};
  for (const h of ['content-type', 'idempotency-key', 'authorization', 'if-none-match']) {
    if (ctx.get(h)) headers[h] = ctx.get(h);
  }
  const answer = await fetch(`${url}${proxied[2]}${ctx.querystring ? `?${ctx.querystring}` : ''}`, {
    method: ctx.method,
    headers,
    body,
  });
  const text = await answer.text();
  if (mode === 'after') return unavailable();
  ctx.status = answer.status;
  ctx.set('Cache-Control', 'no-store');
  for (const h of ['etag', 'seeds-cursor', 'seeds-count']) if (answer.headers.get(h)) ctx.set(h, answer.headers.get(h));
  if (answer.status === 304) return;
  ctx.type = answer.headers.get('content-type') ?? 'application/json';
  ctx.body = text;
}

/** Stops the collector when the test runner's server stops. */
export const collectorPlugin = {
  name: 'seeds-collector',
  async serverStop() {
    if (!started) return;
    const { app, storage } = await started;
    await app.close();
    await storage.close();
  },
};
