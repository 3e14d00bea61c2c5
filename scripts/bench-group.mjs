#!/usr/bin/env node
/**
 * Benchmarks the facilitator's group view in headless Chromium (the system's), printed, never
 * asserted. The page runs the real `<seeds-of-innovation view="group">` (bundled from src/ with
 * esbuild, minified, Lit in production mode) and measures, median over runs:
 *   1. `results` with N responses (default 10,000): setting the property until the flower with
 *      all N is painted (validation, aggregation and drawing; target ≤ 50 ms);
 *   2. `source` with the same N as JSON text: from the last byte of the answer until painted (adds
 *      the JSON parse of the whole body, some 13 MB for 10,000);
 *   3. one refresh that brings one new response among N: from the last byte of the answer until
 *      painted (target ≤ 16 ms, one frame); the body streams in in 64 KB chunks as from a network.
 *      The source answers as the collector does: tagged, and from a cursor (`?after=` gets only
 *      what came since, with `Seeds-Cursor`/`Seeds-Count`); 3b is the same refresh from a source
 *      that sends the whole list every time (a plain JSON file: 13 MB to decode and compare);
 *   1b. aggregating (counting validated responses) plus drawing the view with ready figures (the
 *      same view drawn again in the other language): target ≤ 50 ms;
 *   4. the longest main-thread task seen in each (long tasks API; the page is blocked that long);
 *   5. one refresh of an unchanged list: the source answers 304 to the view's If-None-Match (as the
 *      collector does), from that answer until the next read is planned.
 * Timers and fetch of the group view are replaced in the page, as the tests do, so nothing waits
 * for the 5 s interval or a network.
 *
 *   node scripts/bench-group.mjs [--runs 7] [--responses 10000] [--profile] [--trace]
 *
 * --profile prints, per measured phase, where the CPU time went (self and with callees); --trace
 * the main thread's trace events per phase (layout, style, paint…; BENCH_DEBUG=1 lists each with
 * the script that forced it). Both slow the page: their timings are not the bench's figures.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = Math.max(1, arg('runs', 7));
const N = Math.max(10, arg('responses', 10_000));

let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  console.error('bench-group: puppeteer-core is not installed (npm ci).');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error('bench-group: no Chromium found (set CHROME_PATH).');
  process.exit(1);
}

// The page's part: make N responses, then time the three scenarios inside the browser.
const ENTRY = `
import '${join(root, 'src/define.ts')}';
import { DEFAULT_MODEL } from '${join(root, 'src/content/default-model.ts')}';
import { buildResponse } from '${join(root, 'src/model/response.ts')}';
import { GroupTally } from '${join(root, 'src/model/group-tally.ts')}';
import { validateResponse } from '${join(root, 'src/model/validate-response.ts')}';

const ROLES = ['business', 'government', 'knowledge', 'education', 'other', null];
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));
function response(i) {
  const answers = {};
  for (const f of DEFAULT_MODEL.factors) answers[f.id + '.1'] = random() < 0.05 ? null : 1 + Math.floor(random() * 5);
  return buildResponse({
    id: uuid(), model: DEFAULT_MODEL, instrument: 'quick', locale: 'en', community: 'bench',
    role: ROLES[i % ROLES.length], answers,
    startedAt: new Date(1767225600000 + i * 1000), completedAt: new Date(1767225660000 + i * 1000),
  });
}

// The longest time between two frames: how long the page could not paint or respond.
let longest = 0;
let watching = false;
function watch() {
  longest = 0;
  watching = true;
  let last = performance.now();
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
const unwatch = () => { watching = false; return longest; };

const deep = (node, selector) => {
  if (node.shadowRoot) return deep(node.shadowRoot, selector);
  const hit = node.querySelector(selector);
  if (hit) return hit;
  for (const el of node.querySelectorAll('*')) {
    const found = el.shadowRoot && deep(el.shadowRoot, selector);
    if (found) return found;
  }
  return null;
};
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function until(check) {
  for (let i = 0; i < 2000000; i++) {
    const v = check();
    if (v) return v;
    // A message, not setTimeout(0): no 4 ms clamp in the measurement.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  }
  console.log('never happened', document.body.innerHTML.slice(0, 300), deep(document.body, 'section')?.outerHTML.slice(0, 800));
  throw new Error('never happened');
}
const shows = (el, n) => () => deep(el, '[data-respondents="' + n + '"]') && deep(el, 'seeds-flower');
/** Until the view shows n respondents, its flower has drawn them and layout is done (what a paint needs). */
async function drawn(el, n) {
  await until(shows(el, n));
  const flower = deep(el, 'seeds-flower');
  await flower.updateComplete;
  flower.shadowRoot.querySelector('svg').getBoundingClientRect();
  return performance.now();
}

async function mount() {
  document.body.replaceChildren();
  const el = document.createElement('seeds-of-innovation');
  el.setAttribute('lang', 'en');
  el.setAttribute('view', 'group');
  el.setAttribute('community', 'bench-' + Math.random());
  document.body.append(el);
  const group = await until(() => deep(el, 'seeds-group'));
  await frame();
  return { el, group };
}

class Clock {
  timers = new Map(); next = 1;
  setTimeout(cb, ms) { this.timers.set(this.next, { cb, ms }); return this.next++; }
  clearTimeout(id) { this.timers.delete(id); }
  runPoll() { const [id, t] = [...this.timers].find(([, t]) => t.ms !== 15000); this.timers.delete(id); t.cb(); }
  planned() { return [...this.timers.values()].some((t) => t.ms !== 15000); }
}

document.addEventListener('seeds-error', (e) => console.log('seeds-error', e.detail.code, e.detail.message.slice(0, 300)));
// With --profile, the profiler runs throughout and each measured phase is bracketed by marks: a
// 5 ms busy loop inside benchPhase<k>, the k-th mark, found in the samples by that name on the
// stack (console.profile itself would cost some 100 ms at each start, inside the phase). The marks
// lie outside the timed intervals.
let profiling = false;
const phases = [];
let spun = 0;
function spin() {
  // JavaScript between the clock reads: a sample taken inside performance.now may not show its callers.
  const until = performance.now() + 5;
  while (performance.now() < until) for (let i = 0; i < 20000; i++) spun = (spun + i) % 7;
}
// One function per mark, each called once (never inlined away), so each mark is known by its name.
const MARKS = [
  function benchPhase0() { spin(); }, function benchPhase1() { spin(); }, function benchPhase2() { spin(); },
  function benchPhase3() { spin(); }, function benchPhase4() { spin(); }, function benchPhase5() { spin(); },
  function benchPhase6() { spin(); }, function benchPhase7() { spin(); }, function benchPhase8() { spin(); },
  function benchPhase9() { spin(); }, function benchPhase10() { spin(); }, function benchPhase11() { spin(); },
];
// performance.mark too: with --trace the trace's timeline is cut at them.
function benchPhaseBegin(label) { if (profiling) { MARKS[phases.length](); phases.push(label); performance.mark('phase:' + label); } }
function benchPhaseEnd() { if (profiling) { MARKS[phases.length](); phases.push(null); performance.mark('phase:end'); } }
/** The view reading a source of n responses, then one more; 'cursor': the source reads from a cursor as the collector does. */
async function sourceRun(n, bodies, cursor) {
  const out = {};
  const { el, group } = await mount();
  const clock = new Clock();
  let grown = false;
  let answered = 0;
  let profileFromLastByte = false;
  // The body arrives as a network delivers it, in 64 KB chunks (one chunk per task); the time
  // counts from its last byte, so it is the view's own work: decode the rest, compare, parse, draw.
  const CHUNK = 64 * 1024;
  const streamed = (bytes) => {
    let at = 0;
    return new ReadableStream({
      async pull(controller) {
        await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
        controller.enqueue(bytes.subarray(at, at + CHUNK));
        at += CHUNK;
        if (at >= bytes.length) {
          if (profileFromLastByte) benchPhaseBegin(cursor ? 'refresh, from the last byte' : 'refresh of the whole list, from the last byte');
          answered = performance.now();
          controller.close();
        }
      },
    });
  };
  // Tagged as the collector tags its list: a read with the current tag is answered 304, no body.
  // Its sequences are 1…count here; '?after=<cursor>' answers the responses after that one.
  const fetch = async (url, init) => {
    const count = grown ? n + 1 : n;
    const tag = '"' + count + '"';
    const headers = { 'Content-Type': 'application/json', ETag: tag };
    if (cursor) Object.assign(headers, { 'Seeds-Cursor': String(count), 'Seeds-Count': String(count) });
    if (new Headers(init?.headers).get('If-None-Match') === tag) {
      answered = performance.now();
      return new Response(null, { status: 304, headers });
    }
    const after = cursor ? new URL(url, location.href).searchParams.get('after') : null;
    let body = grown ? bodies.grown : bodies.first;
    if (after !== null) {
      if (Number(after) === n && grown) body = bodies.added;
      else if (Number(after) === count) body = bodies.none;
      else throw new Error('bench: a cursor the source never gave: ' + after);
    }
    return new Response(streamed(body), { headers });
  };
  group.io = { clock, fetch };
  watch();
  el.setAttribute('source', '/group.json');
  out.source = (await drawn(el, n)) - answered;
  await frame();
  out.sourceLongest = unwatch();

  await until(() => clock.planned());
  grown = true;
  watch();
  profileFromLastByte = true;
  clock.runPoll();
  out.refresh = (await drawn(el, n + 1)) - answered;
  benchPhaseEnd();
  profileFromLastByte = false;
  await frame();
  out.refreshLongest = unwatch();
  if (!cursor) return out;

  // 5. an unchanged list: the source answers 304; from that answer until the next read is planned.
  await until(() => clock.planned());
  await frame();
  watch();
  clock.runPoll();
  await until(() => clock.planned());
  out.unchanged = performance.now() - answered;
  await frame();
  out.unchangedLongest = unwatch();
  if (!deep(el, '[data-respondents="' + (n + 1) + '"]')) throw new Error('the 304 lost the data');
  return out;
}

window.benchGroup = async (n, profile = false) => {
  profiling = profile;
  const list = Array.from({ length: n }, (_, i) => response(i));
  const text = JSON.stringify(list);
  const extra = JSON.stringify(response(n));
  const grown = text.slice(0, -1) + ',' + extra + ']';
  // The bodies as bytes, made before any timing: a network hands the page bytes, and building a
  // Response from a 13 MB string is the bench's own cost, not the view's.
  const bodies = {
    first: new TextEncoder().encode(text),
    grown: new TextEncoder().encode(grown),
    added: new TextEncoder().encode('[' + extra + ']'),
    none: new TextEncoder().encode('[]'),
  };
  const out = { bytes: text.length };

  // 0. the parts on their own: validating, and aggregating validated responses
  {
    benchPhaseBegin('validate');
    let t0 = performance.now();
    const valid = list.map((r) => validateResponse(r, DEFAULT_MODEL).value);
    out.validate = performance.now() - t0;
    benchPhaseBegin('aggregate'); // also ends "validate": two marks in a row would read as one
    t0 = performance.now();
    const tally = new GroupTally(DEFAULT_MODEL);
    for (const r of valid) tally.add(r);
    tally.result('');
    for (const role of ROLES) tally.result('', role ?? 'none');
    out.aggregate = performance.now() - t0;
    benchPhaseEnd();
  }

  // 1. results
  {
    const { el } = await mount();
    watch();
    const t0 = performance.now();
    el.results = list;
    out.results = (await drawn(el, n)) - t0;
    await frame();
    out.resultsLongest = unwatch();
    // Drawing alone: the same figures (cached) drawn again in the other language.
    await frame();
    benchPhaseBegin('draw');
    const t1 = performance.now();
    el.setAttribute('lang', 'nl');
    await until(() => deep(el, 'h2')?.textContent.includes('groep'));
    out.draw = (await drawn(el, n)) - t1;
    benchPhaseEnd();
    out.aggregateDraw = out.aggregate + out.draw;
    if (profiling) {
      const count = (node) => [...node.querySelectorAll('*')].reduce((k, e) => k + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
      console.log('elements in the view', count(el.shadowRoot), 'height', document.documentElement.scrollHeight);
    }
  }

  // 2. source, first read; 3. one more response among n; 5. unchanged. Against a source that
  // answers as the collector does (ETag, and a cursor: '?after=' gets only what came since), and
  // for 3b against one that sends the whole list every time (no cursor, as a plain JSON file).
  Object.assign(out, await sourceRun(n, bodies, true));
  out.refreshWhole = (await sourceRun(n, bodies, false)).refresh;
  out.phases = phases;
  return out;
};
`;

const dir = await mkdtemp(join(tmpdir(), 'seeds-bench-group-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

let browser;
let server;
let bundledScript = '';
try {
  const entry = join(dir, 'entry.ts');
  await writeFile(entry, ENTRY);
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: !process.argv.includes('--profile'),
    write: false,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    // package.json's sideEffects names dist/ files; from src/ every define module must stay.
    ignoreAnnotations: true,
    logLevel: 'error',
  });
  // Served from 127.0.0.1 (not about:blank) so the widget has real storage, as on a host page.
  const script = bundled.outputFiles[0].text;
  bundledScript = script;
  server = createServer((req, res) => {
    const isScript = req.url === '/bench.js';
    res.writeHead(200, { 'Content-Type': isScript ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-store' });
    res.end(
      isScript
        ? script
        : '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>group bench</title></head><body><script type="module" src="/bench.js"></script></body></html>',
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof window.benchGroup === 'function');
    const cdp = process.argv.includes('--profile') ? await page.createCDPSession() : null;
    const tracing = process.argv.includes('--trace');
    if (tracing) await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    rows.push(await page.evaluate((n, profile) => window.benchGroup(n, profile), N, Boolean(cdp) || tracing));
    if (tracing) printTrace(JSON.parse(new TextDecoder().decode(await page.tracing.stop())));
    if (cdp) printPhases((await cdp.send('Profiler.stop')).profile, rows.at(-1).phases);
    await context.close();
  }
  const pick = (key) => median(rows.map((r) => r[key]));
  const mb = (rows[0].bytes / 1e6).toFixed(1);
  console.log(`\nGroup view with ${N.toLocaleString('en')} responses (${mb} MB of JSON), median of ${RUNS} runs:`);
  const line = (label, key, note = '') => console.log(`  ${label.padEnd(58)} ${ms(pick(key)).padStart(10)}${note}`);
  line('validate all (in slices of 8 ms in the view)', 'validate');
  line('aggregate validated responses (all, and per role)', 'aggregate');
  line('draw the group view (figures ready)', 'draw');
  line('aggregate and draw', 'aggregateDraw', '   (target ≤ 50 ms)');
  line(
    'results property: validate, aggregate, draw',
    'results',
    `   longest block ${ms(pick('resultsLongest'))}`,
  );
  line('source, first read: parse, validate, draw', 'source', `   longest block ${ms(pick('sourceLongest'))}`);
  line(
    'source refresh with one new response among them',
    'refresh',
    `   longest block ${ms(pick('refreshLongest'))} (target ≤ 16 ms)`,
  );
  line(
    '  the same, from a source without a cursor (whole list)',
    'refreshWhole',
  );
  line(
    'source refresh, list unchanged (304, no body)',
    'unchanged',
    `   longest block ${ms(pick('unchangedLongest'))}`,
  );
  const [l1, l5, l15] = loadavg();
  console.log(`  load average at the end: ${l1.toFixed(2)} ${l5.toFixed(2)} ${l15.toFixed(2)} (${cpus().length} cores)`);
  console.log('  (longest block: the longest time between two frames, 16.7 ms when nothing blocks.)');
} finally {
  await browser?.close();
  server?.close();
  await rm(dir, { recursive: true, force: true });
}

/** Self time per trace event name on the page's main thread, per phase (between its performance marks). */
function printTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((m) => m.pid === e.pid && m.name?.startsWith?.('phase:')));
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = own.filter((e) => e.name?.startsWith('phase:')).sort((a, b) => a.ts - b.ts);
  const slices = own.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (let m = 0; m + 1 < marks.length; m++) {
    if (marks[m].name === 'phase:end') continue;
    const [from, to] = [marks[m].ts, marks[m + 1].ts];
    const self = new Map();
    const stack = [];
    for (const e of slices) {
      if (e.ts < from || e.ts >= to) continue;
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parentEvent = stack.at(-1);
      const end = Math.min(e.ts + e.dur, to);
      self.set(e.name, (self.get(e.name) ?? 0) + (end - e.ts));
      if (parentEvent) self.set(parentEvent.name, self.get(parentEvent.name) - (end - e.ts));
      stack.push(e);
    }
    console.log(`\nTrace of "${marks[m].name.slice(6)}" (${((to - from) / 1000).toFixed(1)} ms), self time per event:`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
      console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${name}`);
    }
    if (process.env.BENCH_DEBUG) {
      for (const e of slices) {
        if (e.ts < from || e.ts >= to || e.dur < 300) continue;
        const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [];
        const detail = [e.args?.elementCount ?? '', ...stack.slice(0, 4).map((f) => `${f.functionName}:${f.lineNumber}`)].join(' ');
        console.log(`    at ${((e.ts - from) / 1000).toFixed(1).padStart(6)} ms  ${(e.dur / 1000).toFixed(2).padStart(6)} ms  ${e.name} ${detail}`);
      }
    }
  }
}

/**
 * Self and total time per function in each phase of a CPU profile, the largest first (idle left
 * out). A phase runs from the samples of one benchPhaseMark to those of the next.
 */
function printPhases(profile, labels) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  // Sample times, and the first and last sample inside each benchPhase<k>.
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  const marks = labels.map(() => ({ from: Infinity, to: -1 }));
  profile.samples.forEach((id, i) => {
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const k = /^benchPhase(\d+)$/.exec(byId.get(p).callFrame.functionName)?.[1];
      if (k === undefined) continue;
      marks[k].from = Math.min(marks[k].from, i);
      marks[k].to = i;
      break;
    }
  });
  const missed = marks.flatMap((m, k) => (m.to < 0 ? [k] : []));
  if (missed.length) console.log(`(profile: mark ${missed.join(', ')} not sampled; the phases next to it are left out)`);
  for (let m = 0; m + 1 < marks.length; m++) {
    const label = labels[m];
    if (!label || marks[m].to < 0 || marks[m + 1].to < 0) continue;
    const self = new Map();
    const total = new Map();
    let sum = 0;
    for (let i = marks[m].to + 1; i < marks[m + 1].from; i++) {
      const dt = (times[i + 1] ?? times[i]) - times[i];
      const id = profile.samples[i];
      const fn = byId.get(id).callFrame.functionName;
      if (fn === '(idle)' || fn === '(program)') continue;
      sum += dt;
      self.set(name(id), (self.get(name(id)) ?? 0) + dt);
      const onStack = new Set();
      for (let p = id; p !== undefined; p = parent.get(p)) onStack.add(name(p));
      for (const key of onStack) total.set(key, (total.get(key) ?? 0) + dt);
    }
    const wall = (times[marks[m + 1].from] - times[marks[m].to]) / 1000;
    console.log(`\nCPU profile of "${label}": ${(sum / 1000).toFixed(1)} ms busy of ${wall.toFixed(1)} ms`);
    const top = (map, k) => [...map].sort((a, b) => b[1] - a[1]).slice(0, k);
    console.log('  self:');
    for (const [key, us] of top(self, 18)) console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`);
    if (process.env.BENCH_DEBUG) {
      // Lines of the top functions by ticks (over the whole profile: a function hot in one phase).
      const source = bundledScript.split('\n');
      for (const [key] of top(self, 3)) {
        const lines = new Map();
        for (const node of profile.nodes) {
          if (name(node.id) !== key) continue;
          for (const t of node.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
        }
        const hot = [...lines].sort((a, b) => b[1] - a[1]).slice(0, 6);
        for (const [line, ticks] of hot) console.log(`      ${String(ticks).padStart(5)} ticks  ${key.split(' ')[0]}:${line}  ${(source[line - 1] ?? '').trim().slice(0, 90)}`);
      }
    }
    console.log('  total (with callees):');
    for (const [key, us] of top(total, 30)) console.log(`  ${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`);
  }
}
