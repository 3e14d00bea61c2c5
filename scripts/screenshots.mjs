// `npm run screenshots`: pictures of every view at 1280 and 360 px, Dutch and English, light and
// dark, in screenshots/ (git-ignored), plus heights.json with the widget's height, so anyone can look
// at every state after a change. Uses the machine's Chromium through puppeteer-core; never
// downloads a browser.
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'screenshots');
const WIDTHS = [1280, 360];
const LANGS = ['nl', 'en'];
const SCHEMES = ['light', 'dark'];

const PAGE = (lang) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Seeds of Innovation screenshots</title>
    <link rel="icon" href="data:," />
    <style>
      :root { color-scheme: light dark; font-family: system-ui, sans-serif; background: Canvas; color: CanvasText; }
      body { margin: 0 auto; padding: 16px; max-width: 60rem; }
    </style>
    <script type="module" src="/page.js"></script>
  </head>
  <body>
    <seeds-of-innovation community="screenshots" lang="${lang}"></seeds-of-innovation>
  </body>
</html>`;

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'scripts/screenshots/page.mjs')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    // package.json's sideEffects names dist/ files; these are the sources, all of which register.
    ignoreAnnotations: true,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function serve(script) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE(url.searchParams.get('lang') === 'en' ? 'en' : 'nl'));
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium found: set CHROME_PATH (nothing is downloaded).');
  await mkdir(out, { recursive: true });
  const server = await serve(await bundle());
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const heights = {};
  try {
    for (const lang of LANGS) {
      for (const scheme of SCHEMES) {
        for (const width of WIDTHS) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          page.on('pageerror', (e) => console.error(`page error (${lang} ${scheme} ${width}):`, e.message));
          await page.setViewport({ width, height: width > 600 ? 900 : 740 });
          await page.emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: scheme },
            { name: 'prefers-reduced-motion', value: 'reduce' },
          ]);
          await page.goto(`${base}?lang=${lang}`);
          await page.waitForFunction(() => window.shots && customElements.get('seeds-of-innovation'));
          const shoot = async (name) => {
            await page.evaluate(() => window.shots.settle());
            const file = `${name}-${width}-${lang}-${scheme}.png`;
            const height = await page.evaluate(() => Math.round(document.querySelector('seeds-of-innovation').getBoundingClientRect().height));
            heights[file] = height;
            await page.screenshot({ path: join(out, file), fullPage: true });
          };
          const set = (view, extra = {}) =>
            page.evaluate(
              (view, extra) => {
                const el = document.querySelector('seeds-of-innovation');
                for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
                el.view = view;
              },
              view,
              extra,
            );

          // Empty states first, on a fresh device.
          await set('results');
          await shoot('results-empty');
          await set('history');
          await shoot('history-empty');
          await set('group');
          await shoot('group-empty');

          // The longest step of the full instrument (outcomes: 12 statements), two answers chosen.
          await set('questionnaire', { instrument: 'full' });
          await page.evaluate(() => window.shots.answerSome(2, 4));
          await shoot('questionnaire');

          // Three quick measurements, so history has a trend.
          await set('questionnaire', { instrument: 'quick' });
          for (const round of [0, 1, 2]) {
            await set('questionnaire');
            await page.evaluate((round) => window.shots.complete(round), round);
          }
          await shoot('results');
          await set('history');
          await shoot('history');
          await page.evaluate((lang) => {
            document.querySelector('seeds-of-innovation').results = window.shots.groupResponses(9, lang);
          }, lang);
          await set('group');
          await shoot('group');
          await context.close();
          process.stdout.write('.');
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const previous = await readFile(join(out, 'heights.json'), 'utf8').then(JSON.parse, () => null);
  await writeFile(join(out, 'heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  console.log(`\n${Object.keys(heights).length} screenshots in ${out}`);
  for (const [file, height] of Object.entries(heights)) {
    const before = previous?.[file];
    console.log(`${file.padEnd(44)} ${String(height).padStart(6)} px${before && before !== height ? `  (was ${before})` : ''}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
