// Packed-tarball smoke test: what a host developer gets from `npm install seeds-of-innovation`.
// 1. `npm pack` (prepack builds), 2. install the tarball into fresh consumer projects
// (consumers/: Vite, esbuild, webpack, rollup, React, Vue, Svelte, Angular, the CDN file),
// 3. type-check the React and Vue consumers against the tarball's types, 4. build each with its own
// bundler, 5. load each page in headless Chromium and check that both
// elements are defined and render, that a property set by the host arrives, that switching the
// language works and that `seeds-complete` reaches the host's own handler.
// `node scripts/smoke/run.mjs [names…]` checks some consumers; SMOKE_SKIP_INSTALL=1 reuses consumers/node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../find-chrome.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const consumers = join(here, 'consumers');
const names = process.argv.slice(2);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });

// SMOKE_CHECK_ONLY=1 only looks at the pages already built in consumers/out (while working on the checks).
const checkOnly = Boolean(process.env.SMOKE_CHECK_ONLY);

// 1. The tarball, exactly as it would be published.
const packDir = join(here, '.pack');
if (!checkOnly) {
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir);
  run('npm', ['pack', '--pack-destination', packDir, '--silent'], repo);
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')));

  // 2. The consumers' own tools from their lockfile, then the tarball (not saved: its hash changes with every build).
  if (!process.env.SMOKE_SKIP_INSTALL || !existsSync(join(consumers, 'node_modules'))) {
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], consumers);
  }
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], consumers);

  // 3. The React and Vue hosts type-check against the tarball's own types, with no declaration of
  // their own: main.tsx / App.vue use the elements correctly, wrong.tsx / Wrong.vue wrongly, each
  // wrong use marked as an expected error (so types that fell back to `any` fail here too).
  if (!names.length || names.includes('react')) run(process.execPath, [join(consumers, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'react'], consumers);
  if (!names.length || names.includes('vue')) run(process.execPath, [join(consumers, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'vue'], consumers);
  console.log('types  react and vue consumers type-check against the tarball');

  // 4. Each consumer's build.
  rmSync(join(consumers, 'out'), { recursive: true, force: true });
  run(process.execPath, [join(consumers, 'build.mjs'), ...names], consumers);
}

// 5. Serve consumers/out and look at every page.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const outDir = join(consumers, 'out');
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(outDir, path);
  if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
  if (!file.startsWith(outDir) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const pages = {
  vite: '/vite/', esbuild: '/esbuild/', webpack: '/webpack/', rollup: '/rollup/', cdn: '/cdn/',
  react: '/react/', vue: '/vue/', svelte: '/svelte/', angular: '/angular/browser/',
};
const inPage = readFileSync(join(here, 'in-page.js'), 'utf8');
const executablePath = findChrome();
if (!executablePath) throw new Error('No Chrome or Chromium found (run scripts/ensure-chromium.mjs or set CHROME_PATH).');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Each check throws with what a host developer would see instead. */
async function check(name, path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && !/^Failed to load resource/.test(msg.text()) && problems.push(`console error: ${msg.text()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} for ${r.url()}`));
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.evaluate(inPage);
    const wait = (fn, what, arg) =>
      page.waitForFunction(fn, { timeout: 15000, polling: 'raf' }, arg).catch(() => {
        throw new Error(`${what}${problems.length ? ` (${problems.join('; ')})` : ''}`);
      });
    await wait(() => window.__smoke.defined(), 'the elements were never defined: <seeds-of-innovation> and <seeds-flower> must be registered');
    await wait(() => window.__smoke.rendered('Beginnen'), 'the widget never rendered its Dutch start screen');

    const results = await page.evaluate(() => window.__smoke.results());
    if (!results.isArray || results.length !== 2 || results.attribute !== null)
      throw new Error(`results did not arrive as a property: ${JSON.stringify(results)}`);

    const petals = await page.evaluate(() => window.__smoke.petals());
    if (Object.keys(petals).length !== 12 || petals.commitment !== '20' || petals['system-innovation'] !== '86')
      throw new Error(`<seeds-flower> did not draw the host's scores: ${JSON.stringify(petals)}`);

    await page.click('#switch-lang');
    await wait(() => window.__smoke.widgetLang() === 'en' && window.__smoke.rendered('Start'), 'switching the language to English did not reach the widget');

    await page.evaluate(() => window.__smoke.complete());
    await wait(() => document.querySelector('#completed')?.textContent === '12', "seeds-complete never reached the host's handler");
    if (problems.length) throw new Error(problems.join('; '));
  } finally {
    await page.close();
  }
}

let failed = 0;
for (const [name, path] of Object.entries(pages)) {
  if (names.length && !names.includes(name)) continue;
  try {
    await check(name, path);
    console.log(`ok     ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAILED ${name}: ${error.message}`);
  }
}
await browser.close();
server.close();
const total = names.length || Object.keys(pages).length;
console.log(`smoke: ${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
