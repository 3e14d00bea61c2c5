#!/usr/bin/env node
/**
 * Soak test (not part of `npm test`): N tabs of the CDN build (`dist/cdn`) in headless Chromium
 * complete questionnaires for a few minutes and send them to a flaky endpoint: random 5xx, 429 with
 * `Retry-After: 0`, dropped connections, redirects (302 to a page that answers the GET with 200) and
 * slow answers. A participant presses "Try again" when a response is shown as refused (what a
 * redirect leads to). Then the network heals (every POST is stored) and the tabs drain: the script
 * reads each tab's outbox in IndexedDB and waits until every one is empty, or until the latest
 * retry any outbox has scheduled (`nextAttemptAt`) is more than a request's timeout overdue, which
 * fails the run as a stuck retry. So the verdict rests on what the tabs hold, not on a guessed
 * wait. Then it checks and prints:
 *   - every outbox is empty, and each completed response was stored exactly once (none lost, none twice);
 *   - no response was POSTed again sooner than its backoff floor allows (manual retries aside);
 *   - the most POSTs any tab made in 10 s.
 * Exits 1 when a check fails.
 *
 *   npm run soak -- [--tabs 10] [--minutes 3] [--seed 1] [--max-drain-minutes 10]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TABS = arg('tabs', 10);
const MINUTES = arg('minutes', 3);
let seed = arg('seed', 1);
/** A safety net only: the drain ends when the outboxes are empty or a scheduled retry is overdue. */
const MAX_DRAIN = arg('max-drain-minutes', 10) * 60_000;
/** How late a scheduled retry may be before it counts as stuck: the widget's request timeout (15 s) and some. */
const GRACE = 20_000;
/** A small seeded generator (mulberry32), so a failing run can be repeated. */
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
/** The default backoff's floor (src/services/backoff.ts): half of min(5 min, 2 s × 2^(attempt − 1)). */
const floor = (attempt) => Math.min(300_000, 2000 * 2 ** Math.max(0, attempt - 1)) / 2;

const CDN = join(root, 'dist/cdn');
if (!existsSync(join(CDN, 'seeds-of-innovation.js'))) {
  console.error('Run `npm run build` first (npm run soak does).');
  process.exit(1);
}

/** id → POSTs: { at, tab, outcome } */
const posts = new Map();
/** id → times stored (2xx given) */
const stored = new Map();
const outcomes = {};
/** During the drain the network has healed: every POST is stored. */
let healed = false;

const page = (tab) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/seeds-of-innovation.js"></script></head><body>
<seeds-of-innovation lang="en" community="soak-${tab}" endpoint="/api/responses" consent="given"></seeds-of-innovation>
</body></html>`;

function answer(req, res, body) {
  let response;
  try {
    response = JSON.parse(body);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const id = response.id;
  const tab = req.headers['x-soak-tab'] ?? response.community;
  // No reused connections: Chromium re-sends a POST by itself when a *reused* connection drops,
  // which would look like a widget retry that ignored its backoff.
  res.setHeader('Connection', 'close');
  const roll = random();
  const kind = healed
    ? 'ok'
    : roll < 0.2
      ? '503'
      : roll < 0.35
        ? '429'
        : roll < 0.45
          ? 'drop'
          : roll < 0.52
            ? 'redirect'
            : roll < 0.62
              ? 'slow'
              : 'ok';
  outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  if (!posts.has(id)) posts.set(id, []);
  posts.get(id).push({ at: Date.now(), tab, kind });
  const store = () => {
    stored.set(id, (stored.get(id) ?? 0) + 1);
    res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  };
  if (kind === '503') return res.writeHead(503).end();
  if (kind === '429') return res.writeHead(429, { 'Retry-After': '0' }).end();
  if (kind === 'drop') return req.socket.destroy();
  if (kind === 'redirect') return res.writeHead(302, { Location: '/ok' }).end();
  if (kind === 'slow') return setTimeout(store, 1000 + random() * 2000);
  store();
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/api/responses' && req.method === 'POST') {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => answer(req, res, body));
    return;
  }
  if (url.pathname === '/ok') return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  if (url.pathname === '/') {
    return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(url.searchParams.get('tab') ?? '0'));
  }
  if (url.pathname.startsWith('/cdn/')) {
    const file = normalize(join(CDN, url.pathname.slice(5)));
    if (!file.startsWith(CDN)) return res.writeHead(403).end();
    try {
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
      return res.writeHead(200, { 'Content-Type': type }).end(await readFile(file));
    } catch {
      return res.writeHead(404).end();
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});

/** In the page: helpers to find and click through shadow roots, and the ids completed/delivered. */
const setup = () => {
  const el = document.querySelector('seeds-of-innovation');
  window.__completed = [];
  window.__delivered = [];
  window.__retried = [];
  el.addEventListener('seeds-complete', (e) => window.__completed.push(e.detail.response.id));
  el.addEventListener('seeds-delivered', (e) => window.__delivered.push(e.detail.id));
  window.__all = (selector) => {
    const found = [];
    const visit = (node) => {
      found.push(...node.querySelectorAll(selector));
      node.querySelectorAll('*').forEach((child) => child.shadowRoot && visit(child.shadowRoot));
    };
    visit(el.shadowRoot);
    return found;
  };
  window.__settle = async () => {
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      for (const child of window.__all('*')) if (child.updateComplete) await child.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  window.__click = async (pattern) => {
    const re = new RegExp(pattern);
    const button = window.__all('button').find((b) => re.test(b.textContent.trim()));
    if (!button) return false;
    button.click();
    await window.__settle();
    return true;
  };
};

/** One questionnaire, by clicking as a participant would. */
const completeOnce = () =>
  (async () => {
    await window.__settle();
    await window.__click('^Start a new measurement$');
    await window.__click('^(Start|Continue where you left off)$');
    for (let step = 0; step < 12; step++) {
      for (const group of window.__all('fieldset[data-item]')) group.querySelectorAll('input')[1 + (step % 4)].click();
      await window.__settle();
      if (await window.__click('^Finish$')) return true;
      if (!(await window.__click('^Next$'))) return false;
    }
    return false;
  })();

/** "Try again" on every refused response shown. */
const retryRefused = () =>
  (async () => {
    await window.__click('^Earlier measurements$');
    for (const line of window.__all('[part="delivery"][data-state="failed"]')) {
      window.__retried.push({ id: line.dataset.id, at: Date.now() });
      line.querySelector('button')?.click();
    }
    await window.__settle();
  })();

const tabs = [];
for (let t = 0; t < TABS; t++) {
  const p = await browser.newPage();
  await p.goto(`${origin}/?tab=${t}`);
  await p.waitForFunction(() =>
    document.querySelector('seeds-of-innovation')?.shadowRoot?.querySelector('seeds-questionnaire'),
  );
  await p.evaluate(setup);
  tabs.push(p);
}

const started = Date.now();
const until = started + MINUTES * 60_000;
console.log(`soak: ${TABS} tabs for ${MINUTES} min against ${origin}`);
while (Date.now() < until) {
  await Promise.all(
    tabs.map(async (p) => {
      if (random() < 0.5) await p.evaluate(completeOnce);
      await p.evaluate(retryRefused);
    }),
  );
  await new Promise((r) => setTimeout(r, 1000));
}

/** In a tab: its outbox as stored in IndexedDB (what is still to be delivered), read directly. */
const readOutbox = (tab) =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('seeds-of-innovation');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const prefix = `soak-${tab}:outbox:`;
      const request = db
        .transaction('records', 'readonly')
        .objectStore('records')
        .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        db.close();
        resolve(
          request.result.map((e) => ({ id: e.response.id, state: e.state, attempt: e.attempt, next: e.nextAttemptAt })),
        );
      };
    };
  });

// Drain: no more questionnaires, the network heals, and each tab's outbox must run empty by itself
// (refused responses, from redirects, go on when the participant presses "Try again").
healed = true;
const drainStarted = Date.now();
let outboxes = [];
let latestScheduled = drainStarted;
let stuck = [];
let drainEnd = 'timeout';
let atDrainStart = null;
while (Date.now() - drainStarted < MAX_DRAIN) {
  await Promise.all(tabs.map((p) => p.evaluate(retryRefused)));
  outboxes = (await Promise.all(tabs.map((p, t) => p.evaluate(readOutbox, t)))).flat();
  atDrainStart ??= outboxes.length;
  if (outboxes.length === 0) {
    drainEnd = 'outboxes empty';
    break;
  }
  const pending = outboxes.filter((e) => e.state === 'pending');
  latestScheduled = Math.max(latestScheduled, ...pending.map((e) => Date.parse(e.next)));
  stuck = pending.filter((e) => Date.now() - Date.parse(e.next) > GRACE);
  if (stuck.length) {
    drainEnd = 'a scheduled retry did not happen';
    break;
  }
  await new Promise((r) => setTimeout(r, 2000));
}
const drainSeconds = Math.round((Date.now() - drainStarted) / 1000);
const pending = (
  await Promise.all(
    tabs.map((p) => p.evaluate(() => window.__completed.filter((id) => !window.__delivered.includes(id)).length)),
  )
).reduce((a, b) => a + b, 0);

const completed = [];
const retried = new Map();
const states = new Map();
for (const p of tabs) {
  const state = await p.evaluate(() => ({
    completed: window.__completed,
    retried: window.__retried,
    lines: window.__all('[part="delivery"]').map((l) => [l.dataset.id, l.dataset.state]),
  }));
  for (const [id, s] of state.lines) states.set(id, s);
  completed.push(...state.completed);
  for (const r of state.retried) retried.set(r.id, [...(retried.get(r.id) ?? []), r.at]);
}
await browser.close();
server.close();

const lost = completed.filter((id) => !stored.has(id));
const twice = [...stored].filter(([, n]) => n > 1).map(([id]) => id);
const unknown = [...stored.keys()].filter((id) => !completed.includes(id));
// Backoff: each automatic retry of one response waits at least the floor of the attempt before it.
const tooSoon = [];
let minRatio = Infinity;
let browserRetries = 0;
for (const [id, all] of posts) {
  // Should Chromium still re-send a dropped request by itself (it does on reused connections,
  // which `Connection: close` avoids), that is the network stack, not a widget attempt.
  const list = all.filter((p, i) => {
    const again = i > 0 && all[i - 1].kind === 'drop' && p.at - all[i - 1].at < 200;
    if (again) browserRetries++;
    return !again;
  });
  for (let i = 1; i < list.length; i++) {
    const gap = list[i].at - list[i - 1].at;
    const manual = (retried.get(id) ?? []).some((at) => at >= list[i - 1].at - 50 && at <= list[i].at + 50);
    if (manual) continue;
    const need = floor(i);
    minRatio = Math.min(minRatio, gap / need);
    if (gap < need - 100)
      tooSoon.push({ id, attempt: i + 1, gap, need, posts: all.map((p) => `${p.kind}@${p.at - all[0].at}`).join(' ') });
  }
}
let busiest = 0;
const byTab = new Map();
for (const list of posts.values()) for (const p of list) byTab.set(p.tab, [...(byTab.get(p.tab) ?? []), p.at]);
for (const times of byTab.values()) {
  times.sort((a, b) => a - b);
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] > 10_000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
}
const totalPosts = [...posts.values()].reduce((n, l) => n + l.length, 0);
console.log(
  JSON.stringify(
    {
      tabs: TABS,
      minutes: MINUTES,
      completed: completed.length,
      storedOnce: completed.length - lost.length - twice.length,
      lost: lost.length,
      storedTwice: twice.length,
      storedButNeverCompleted: unknown.length,
      drain: {
        seconds: drainSeconds,
        end: drainEnd,
        latestScheduledRetryAfterDrainStart: Math.round((latestScheduled - drainStarted) / 1000),
        outboxEntriesAtStart: atDrainStart,
        outboxEntriesLeft: outboxes.length,
      },
      notDeliveredInTabs: pending,
      posts: totalPosts,
      outcomes,
      browserRetriesAfterDrop: browserRetries,
      manualRetries: [...retried.values()].reduce((n, l) => n + l.length, 0),
      retriesSoonerThanFloor: tooSoon.length,
      smallestGapToFloorRatio: Number.isFinite(minRatio) ? Number(minRatio.toFixed(2)) : null,
      mostPostsByOneTabIn10s: busiest,
    },
    null,
    2,
  ),
);
const ok =
  lost.length === 0 &&
  twice.length === 0 &&
  tooSoon.length === 0 &&
  completed.length > 0 &&
  outboxes.length === 0 &&
  pending === 0;
if (outboxes.length)
  console.log('left in outboxes:', outboxes.slice(0, 5), stuck.length ? `(${stuck.length} overdue)` : '');
if (tooSoon.length) console.log('too soon:', tooSoon.slice(0, 5));
for (const id of lost.slice(0, 5))
  console.log('lost:', id, (posts.get(id) ?? []).map((p) => p.kind).join(' ') || 'never POSTed', states.get(id));
console.log(ok ? 'soak: passed' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
