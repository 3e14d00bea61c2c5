#!/usr/bin/env node
// The no-build story, checked in headless Chromium against the built files (after `npm run build`):
// pages under a strict CSP that load dist/cdn as a CMS editor would: the pinned tag with its
// integrity, a wrong integrity, the classic loader (also when the entry behind it is tampered with),
// the entry pasted without type="module", and dist/embed.html in an <iframe> that reports its height.
//   node scripts/cdn-check.mjs   (npm run cdn-check)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = join(repo, 'dist');
const integrity = JSON.parse(readFileSync(join(dist, 'cdn/integrity.json'), 'utf8')).files;
const ENTRY = 'seeds-of-innovation.js';
const LOADER = 'seeds-of-innovation.classic.js';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>check</title><link rel="icon" href="data:,">${body}</head>
<body><seeds-of-innovation lang="en" community="cdn-check"></seeds-of-innovation></body></html>`;
const PAGES = {
  '/module.html': page(`<script type="module" src="/dist/cdn/${ENTRY}" integrity="${integrity[ENTRY]}" crossorigin="anonymous"></script>`),
  '/wrong-integrity.html': page(`<script type="module" src="/dist/cdn/${ENTRY}" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>`),
  '/classic-loader.html': page(`<script src="/dist/cdn/${LOADER}" integrity="${integrity[LOADER]}" crossorigin="anonymous"></script>`),
  '/loader-as-module.html': page(`<script type="module" src="/dist/cdn/${LOADER}"></script>`),
  '/tampered.html': page(`<script src="/tampered/${LOADER}"></script>`),
  '/entry-as-classic.html': page(`<script src="/dist/cdn/${ENTRY}"></script>`),
  '/iframe.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iframe</title><link rel="icon" href="data:,">
<script type="module" src="/parent.js"></script></head><body>
<iframe id="frame" title="Seeds of Innovation" src="/dist/embed.html?lang=en&instrument=full&community=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&round=kick-off&bogus=1&view=nonsense&frame=one&origin=ORIGIN"></iframe>
</body></html>`,
  // The parent's side, as the README gives it: only messages from the frame, of the documented shape.
  '/parent.js': `const frame = document.getElementById('frame');
window.heights = [];
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const data = event.data;
  if (data?.type !== 'seeds-of-innovation:height' || typeof data.height !== 'number') return;
  window.heights.push(data);
  frame.style.height = data.height + 'px';
});`,
};

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
  if (PAGES[url.pathname]) {
    const body = PAGES[url.pathname].replace('ORIGIN', encodeURIComponent(origin));
    return res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(url.pathname)] }).end(body);
  }
  if (url.pathname.startsWith('/tampered/')) {
    // The real loader beside an entry that is not the one it was built for: integrity must stop it.
    const name = url.pathname.slice('/tampered/'.length);
    const real = readFileSync(join(dist, 'cdn', name === LOADER ? LOADER : ENTRY), 'utf8');
    const body = name === LOADER ? real : `${real}\n/* changed */`;
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(body);
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(repo, path);
  if (!path.startsWith('/dist/') || !file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Opens a page, collects its console (all frames) and uncaught errors; `logged(re)` waits for a line. */
async function open(path) {
  const tab = await browser.newPage();
  const logs = [];
  const waiting = [];
  const add = (line) => {
    logs.push(line);
    for (const w of waiting) if (w.re.test(line)) w.resolve(true);
  };
  tab.on('console', (m) => add(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => add(`pageerror: ${e.message}`));
  const logged = (re, ms = 10000) =>
    logs.some((l) => re.test(l)) ||
    Promise.race([new Promise((resolve) => waiting.push({ re, resolve })), new Promise((r) => setTimeout(() => r(false), ms))]);
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { tab, logs, logged };
}
const defined = (tab) => tab.evaluate(() => customElements.whenDefined('seeds-of-innovation').then(() => true));
/** The widget's visible text, through its nested shadow roots. */
const DEEP_TEXT = `(function text(node) {
  if (node.nodeType === 3) return node.data;
  let out = node.shadowRoot ? text(node.shadowRoot) : '';
  for (const child of node.childNodes) out += text(child);
  return out;
})`;
const rendered = (tab) =>
  tab.waitForFunction(`${DEEP_TEXT}(document.body).includes('How is your')`, { timeout: 10000 });

try {
  {
    const { tab, logs } = await open('/module.html');
    await rendered(tab);
    check(await defined(tab), 'pinned module tag with its integrity: the element is defined and renders');
    check(!logs.some((l) => /^error/.test(l)), `no console error (${logs.filter((l) => /^error/.test(l)).join(' | ')})`);
    await tab.close();
  }
  {
    const { tab, logs, logged } = await open('/wrong-integrity.html');
    check(await logged(/integrity/i), `a wrong integrity: the browser says so in the console (${logs.join(' | ')})`);
    check(!(await tab.evaluate(() => Boolean(customElements.get('seeds-of-innovation')))), 'and refuses the file');
    await tab.close();
  }
  for (const path of ['/classic-loader.html', '/loader-as-module.html']) {
    const { tab, logs } = await open(path);
    await rendered(tab);
    check(await defined(tab), `${path}: the loader brings in the module build under a strict CSP`);
    check(!logs.some((l) => /^error/.test(l)), `${path}: no console error (${logs.join(' | ')})`);
    await tab.close();
  }
  {
    const { tab, logs, logged } = await open('/tampered.html');
    const said = await logged(/^error: seeds-of-innovation: the widget did not load from http/);
    check(said, `a tampered entry behind the loader: our readable console error (${logs.join(' | ')})`);
    check(!(await tab.evaluate(() => Boolean(customElements.get('seeds-of-innovation')))), 'and nothing of the tampered file runs');
    await tab.close();
  }
  {
    const { tab, logs, logged } = await open('/entry-as-classic.html');
    check(await logged(/Unexpected token 'export'|Cannot use import statement outside a module/), `the entry pasted without type="module": the browser's SyntaxError, as the README quotes it (${logs.join(' | ')})`);
    check(!(await tab.evaluate(() => Boolean(customElements.get('seeds-of-innovation')))), 'and the element is not defined');
    await tab.close();
  }
  {
    const { tab, logs, logged } = await open('/iframe.html');
    await tab.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1).height > 300, { timeout: 15000 });
    const first = await tab.evaluate(() => window.heights.at(-1));
    check(first.type === 'seeds-of-innovation:height' && first.frame === 'one', `height message of the documented shape: ${JSON.stringify(first)}`);
    const inner = (await tab.frames()).find((f) => f.url().includes('/dist/embed.html'));
    const seen = await inner.evaluate(`(() => {
      const el = document.querySelector('seeds-of-innovation');
      return {
        lang: el.getAttribute('lang'),
        instrument: el.getAttribute('instrument'),
        community: el.getAttribute('community'),
        round: el.getAttribute('round'),
        view: el.getAttribute('view'),
        bogus: el.hasAttribute('bogus'),
        images: document.querySelectorAll('img').length + el.shadowRoot.querySelectorAll('img').length,
        htmlLang: document.documentElement.lang,
        text: ${DEEP_TEXT}(document.body).replace(/\\s+/g, ' '),
      };
    })()`);
    check(seen.lang === 'en' && seen.instrument === 'full' && seen.round === 'kick-off', `query values reach the element: ${JSON.stringify({ ...seen, text: undefined })}`);
    check(seen.community === '<img src=x onerror=alert(1)>' && seen.images === 0, 'a value with markup stays text (no img element anywhere)');
    check(!seen.bogus && logs.some((l) => /ignored query parameters: bogus \(unknown\)/.test(l)), 'an unknown parameter is left out and named in the console');
    check(/36 statements/.test(seen.text), `the element shows the English full questionnaire (${seen.text.slice(0, 160)}…)`);
    check(await logged(/<seeds-of-innovation>.*view/i), 'a bad view value is reported by the element itself, as for any attribute');
    const frameHeight = await tab.evaluate(() => document.getElementById('frame').clientHeight);
    check(Math.abs(frameHeight - first.height) <= 1, `the parent sized the frame to the reported height (${frameHeight} px)`);
    // A new screen in the frame: a new height arrives.
    const count = await tab.evaluate(() => window.heights.length);
    await inner.evaluate(() => {
      const el = document.querySelector('seeds-of-innovation');
      [...el.shadowRoot.querySelector('seeds-questionnaire').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start').click();
    });
    await tab.waitForFunction((n) => window.heights.length > n, { timeout: 10000 }, count);
    const next = await tab.evaluate(() => window.heights.at(-1).height);
    check(next !== first.height, `the next screen reports its own height (${first.height} → ${next} px)`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('\nAll CDN and embed checks passed.');
