#!/usr/bin/env node
/**
 * Benchmark of <seeds-flower> in headless Chromium:
 *   - time to the first painted flower (navigation start → flower in the DOM and a frame painted),
 *   - time from one changed score to the updated DOM (median and p95 over many changes).
 * Builds its own small bundle of the flower with esbuild into a temporary directory, serves it from
 * 127.0.0.1 on an ephemeral port and drives Chromium with puppeteer-core. Figures are printed, never
 * asserted (see STYLE.md).
 *
 *   node scripts/bench.mjs [--changes 200] [--runs 5]
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHANGES = Math.max(50, arg('changes', 200));
const RUNS = Math.max(1, arg('runs', 5));

let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  console.error('bench: puppeteer-core is not installed (it comes with @web/test-runner-chrome).');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error('bench: no Chromium found (set CHROME_PATH).');
  process.exit(1);
}

const dir = await mkdtemp(join(tmpdir(), 'seeds-bench-'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript' };

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>seeds-flower bench</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { width: 640px; }</style></head>
<body><main></main>
<script type="module">
  import './flower.js';
  const factors = ['commitment','qualities-roles','community-building','competition-sensitivity','shared-vision','together',
    'interim-results','reputation','long-term-support','idea-to-application','home-organisation','system-innovation'];
  const scores = Object.fromEntries(factors.map((f, i) => [f, (i * 37) % 101]));
  const created = performance.now();
  const el = document.createElement('seeds-flower');
  el.lang = 'en';
  el.scores = scores;
  el.compare = Object.fromEntries(factors.map((f, i) => [f, (i * 53) % 101]));
  el.respondents = 14;
  document.querySelector('main').append(el);
  await el.updateComplete;
  const domReady = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const firstPaint = performance.now();

  window.runUpdates = async (changes) => {
    const times = [];
    for (let i = 0; i < changes; i++) {
      const factor = factors[i % factors.length];
      const next = { ...el.scores, [factor]: (el.scores[factor] + 23 + i) % 101 };
      const t0 = performance.now();
      el.scores = next;
      await el.updateComplete;
      times.push(performance.now() - t0);
      const petal = el.shadowRoot.querySelector('[data-factor="' + factor + '"]');
      if (petal.getAttribute('data-score') !== String(next[factor])) throw new Error('DOM not updated for ' + factor);
      // Let a frame pass between changes, as a person (or a live feed) would.
      await new Promise((r) => requestAnimationFrame(r));
    }
    return times;
  };
  window.benchReady = { firstPaint, render: firstPaint - created, dom: domReady - created, petals: el.shadowRoot.querySelectorAll('[data-factor]').length };
</script></body></html>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = join(dir, path === '/' ? 'index.html' : path.slice(1));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});

let browser;
try {
  await build({
    entryPoints: [join(root, 'src/components/flower/define.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    outfile: join(dir, 'flower.js'),
    logLevel: 'warning',
  });
  await writeFile(join(dir, 'index.html'), PAGE);
  const size = (await readFile(join(dir, 'flower.js'))).length;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });

  const firstPaints = [];
  const renders = [];
  const doms = [];
  const updates = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    const ready = await page.waitForFunction(() => window.benchReady, { timeout: 30000 }).then((h) => h.jsonValue());
    if (ready.petals !== 12) throw new Error(`expected 12 petals, got ${ready.petals}`);
    firstPaints.push(ready.firstPaint);
    renders.push(ready.render);
    doms.push(ready.dom);
    updates.push(...(await page.evaluate((n) => window.runUpdates(n), CHANGES)));
    await page.close();
  }

  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const ms = (n) => `${n.toFixed(2)} ms`;
  console.log(`<seeds-flower> bench (${executablePath}, bundle ${(size / 1024).toFixed(1)} KiB minified)`);
  console.log(`  first painted flower: median ${ms(pct(firstPaints, 50))} from navigation start (${RUNS} loads)`);
  console.log(`    of which element created → painted: median ${ms(pct(renders, 50))} (→ DOM complete: ${ms(pct(doms, 50))})`);
  console.log(
    `  score change → updated DOM: median ${ms(pct(updates, 50))}, p95 ${ms(pct(updates, 95))}, max ${ms(Math.max(...updates))} (${updates.length} changes)`,
  );
  console.log(`  target: update median ≤ 2 ms → ${pct(updates, 50) <= 2 ? 'met' : 'NOT met'}`);
} finally {
  await browser?.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
