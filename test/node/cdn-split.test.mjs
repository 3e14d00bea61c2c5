// The split CDN build as a host uses it (npm test builds first): the host page
// loads the entry from another origin, with a Content-Security-Policy whose script-src names only
// that origin, and the later files (views, language) come from the same place. When a later file
// cannot be loaded between the first question and "Finish", the answers are kept, a calm message
// with a retry shows and the element is never blank. Headless Chromium through puppeteer-core.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { sri, tags } from '../../scripts/sri.mjs';
import { requireBuilt } from './built.mjs';

const ENTRY = 'seeds-of-innovation.js';
const CDN = requireBuilt(`dist/cdn/${ENTRY}`)('dist/cdn');

const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

// The "CDN": dist/cdn with CORS, as unpkg and jsDelivr answer (module scripts from another origin need it).
// It also collects responses at /collect (the host's endpoint, for the tests that send).
const posted = [];
const cdn = await listen((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
  if (name === 'collect') {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'content-type, idempotency-key',
    };
    if (req.method !== 'POST') return res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST' }).end();
    // /collect?refuse answers as a server that does not accept the token: refused for good.
    if (new URL(req.url, 'http://x').searchParams.has('refuse')) return res.writeHead(401, cors).end();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    return req.on('end', () => {
      posted.push(JSON.parse(body));
      res.writeHead(201, cors).end();
    });
  }
  const file = join(CDN, name);
  if (name.includes('..') || name.includes('/') || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(readFileSync(file));
});
const cdnOrigin = `http://127.0.0.1:${cdn.address().port}`;

// The host: its page allows scripts from the CDN's origin only (no 'self', no inline).
// With ?endpoint, the widget sends to the CDN's /collect (consent given by the host), and only there.
const host = await listen((req, res) => {
  const query = new URL(req.url, 'http://x').searchParams;
  const sends = query.has('endpoint');
  const CSP = `default-src 'none'; script-src ${cdnOrigin}; style-src 'self'; img-src data:; connect-src ${sends ? `${cdnOrigin}/collect` : "'none'"}; base-uri 'none'`;
  const refuse = query.get('endpoint') === 'refuse' ? '?refuse' : '';
  const endpoint = sends ? ` endpoint="${cdnOrigin}/collect${refuse}" consent="given"` : '';
  // With ?instrument=full, the full instrument (its further statements are a file of their own).
  const instrument = query.get('instrument') === 'full' ? ' instrument="full"' : '';
  // With ?preload, the <head> holds the English texts' modulepreload tag as `npm run sri` prints it.
  const files = Object.fromEntries(
    readdirSync(CDN)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, sri(readFileSync(join(CDN, f)))]),
  );
  const preload = query.has('preload')
    ? tags({ version: '0', files }, `${cdnOrigin}/`).preload.find((tag) => tag.includes('/texts-en-'))
    : '';
  res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title>${preload}</head><body>
<seeds-of-innovation lang="en" community="${query.get('community')}"${endpoint}${instrument}></seeds-of-innovation>
<script type="module" src="${cdnOrigin}/${ENTRY}"></script>
</body></html>`);
});
// `localhost` against the CDN's `127.0.0.1`: another origin.
const hostOrigin = `http://localhost:${host.address().port}`;

let browser;
before(async () => {
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  cdn.close();
  host.close();
});

// Each test has the runner's timeout of its own, below the file's (`--test-timeout` in npm test): a
// test that waits for something that never comes fails alone, and `afterEach` prints what its page
// showed and asked for, instead of the whole file stopping without a word.
const EACH = { timeout: 60_000 };
/** Pages still open, with the files they asked for: a test closes its pages when it passes. */
const opened = new Map();
afterEach(async () => {
  for (const [page, requested] of opened) {
    const shown = await widgetText(page).catch((error) => `(unreadable: ${error})`);
    console.log(`A page left open by a failed test showed: ${shown}\nIt asked for:\n${requested.join('\n')}`);
    await page.close().catch(() => undefined);
  }
  opened.clear();
});

/**
 * A page that records CSP violations, the files it asked for, and fails requests matching `block`
 * (which may answer later, with a promise, to hold a request back until the page is in some state).
 */
async function open(community, block = () => false, query = '') {
  const page = await browser.newPage();
  const requested = [];
  opened.set(page, requested);
  page.once('close', () => opened.delete(page));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    requested.push(request.url());
    if (await block(request.url(), page)) request.abort('internetdisconnected');
    else request.continue();
  });
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.completed = null;
    document.addEventListener('seeds-complete', (e) => (window.completed = e.detail.response));
  });
  await page.goto(`${hostOrigin}/?community=${community}${query}`);
  return { page, requested, errors };
}

/** Text and buttons in the widget's shadow roots, read as a participant would see them. */
const widgetText = (page) =>
  page.evaluate(() => {
    const text = (root) =>
      [...root.childNodes]
        .map((n) =>
          n.nodeType === 3
            ? n.textContent
            : n.nodeType === 1
              ? text(n.shadowRoot ?? n) + (n.shadowRoot ? text(n) : '')
              : '',
        )
        .join(' ');
    return text(document.querySelector('seeds-of-innovation').shadowRoot).replace(/\s+/g, ' ').trim();
  });

const clickButton = (page, name) =>
  page.evaluate((name) => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const button = all(document).find((el) => el.tagName === 'BUTTON' && el.textContent.trim() === name);
    if (!button) return false;
    button.click();
    return true;
  }, name);

// Looks again at each frame, with no time limit of its own: a condition that never comes fails at the
// runner's per-test timeout (`--test-timeout` in npm test), not at a guess of how slow a machine is.
const waitFor = (page, fn, arg) => page.waitForFunction(fn, { timeout: 0, polling: 'raf' }, arg);
const waitForText = (page, text) =>
  waitFor(
    page,
    (text) => {
      const walk = (root) =>
        [...root.querySelectorAll('*')].some(
          (el) => el.shadowRoot && (el.shadowRoot.textContent.includes(text) || walk(el.shadowRoot)),
        );
      return walk(document);
    },
    text,
  );

/**
 * Skips the role question, answers every statement with "Agree" (those of the factor `low` with
 * "Strongly disagree") and presses Finish.
 */
async function complete(page, low = null) {
  await waitForText(page, 'Start');
  assert.ok(await clickButton(page, 'Start'));
  for (let step = 1; step < 10; step++) {
    await waitForText(page, `Step ${step} of`);
    // The full instrument's statements may still be on their way (its pages wait for them).
    await waitFor(page, () => {
      const q = document.querySelector('seeds-of-innovation').shadowRoot.querySelector('seeds-questionnaire');
      return !q.shadowRoot.querySelector('slot[name="waiting"]');
    });
    await page.evaluate((low) => {
      const q = document.querySelector('seeds-of-innovation').shadowRoot.querySelector('seeds-questionnaire');
      for (const group of q.shadowRoot.querySelectorAll('fieldset[data-item]'))
        group.querySelectorAll('input')[group.dataset.item.startsWith(`${low}.`) ? 0 : 3].click();
    }, low);
    if (await clickButton(page, 'Finish')) return;
    assert.ok(await clickButton(page, 'Next'), 'neither Next nor Finish');
  }
  throw new Error('never reached Finish');
}

/** The outbox's file (the CDN build's `delivery-…js`). */
const isOutboxFile = (url) => /\/delivery-[\w-]+\.js/.test(url);

/** A promise with its resolve function, for a request held until the test says so. */
function deferred() {
  let resolve;
  const promise = new Promise((done) => (resolve = done));
  return { promise, resolve };
}

/** Completes the questionnaire while the outbox's file cannot come: the message shows, the response is kept. */
async function completeUnsent(page) {
  await complete(page);
  await waitForText(page, 'This part could not be loaded');
  // seeds-complete fires once the response is stored, which may be just after the message shows.
  await waitFor(page, () => window.completed);
  return page.evaluate(() => window.completed);
}

/** The completed response is sent, once, and the message is gone. */
async function assertSentOnce(page, community, response) {
  await waitForText(page, 'Your answers have been sent');
  assert.deepEqual(
    posted.filter((p) => p.community === community).map((p) => p.id),
    [response.id],
    'the completed response, once',
  );
  assert.doesNotMatch(await widgetText(page), /could not be loaded/);
}

/**
 * A participant who began the questionnaire comes back while the views' file (which has the tools)
 * cannot come: the page as `open` gives it, and `online()`, which lets that file through.
 */
async function returnWithoutViews(community) {
  const first = await open(community);
  await waitForText(first.page, 'Start');
  assert.ok(await clickButton(first.page, 'Start'));
  await waitForText(first.page, 'Delete my data on this device');
  await first.page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
  await first.page.close();
  let offline = true;
  const again = await open(community, (url) => offline && /\/views-[\w-]+\.js/.test(url));
  await waitForText(again.page, 'This part could not be loaded');
  return { ...again, online: () => (offline = false) };
}

/** The focused element, through shadow roots: its tag and text. */
const focusedText = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.tagName} ${active?.textContent.trim()}`;
  });

const petals = (page) =>
  page.evaluate(() => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    return all(document)
      .filter((el) => el.matches('[data-factor][data-score]'))
      .map((el) => el.getAttribute('data-score'));
  });

describe('the split CDN build on a host page', () => {
  it('has later files that import only the entry (the group and history views also the views), so a failed one can be retried alone', EACH, () => {
    const imports = Object.fromEntries(
      readdirSync(CDN)
        .filter((f) => /-[\w-]{8}\.js$/.test(f)) // the later files: named by rollup with a content hash
        .map((f) => [
          f.replace(/-[\w-]{8}\.js$/, ''),
          [...readFileSync(join(CDN, f), 'utf8').matchAll(/\bfrom\s*"\.\/([^"]+)"/g)]
            .map((m) => m[1].replace(/-[\w-]{8}\.js$/, ''))
            .sort(),
        ]),
    );
    assert.deepEqual(imports, {
      group: [ENTRY, 'views'],
      history: [ENTRY, 'views'],
      'texts-en': [],
      'texts-en-full': [],
      'texts-en-later': [ENTRY],
      'texts-nl': [],
      'texts-nl-full': [],
      'texts-nl-later': [ENTRY],
      checks: [ENTRY],
      delivery: [ENTRY],
      'flower-png': [],
      'model-check': [ENTRY],
      views: [ENTRY],
    });
  });

  it('leaves out the curves of d3-shape, which the flower does not draw with (scripts/rollup/pure-d3-curves.mjs)', EACH, () => {
    // `_alpha` and `_beta` are properties of the Catmull-Rom and bundle curves; minifying keeps property names.
    const files = readdirSync(CDN).filter((f) => /^(views-[\w-]{8}|seeds-of-innovation\.bundle)\.js$/.test(f));
    assert.equal(files.length, 2, 'the views file and the one-file build');
    for (const f of files) assert.ok(!/\._(alpha|beta)\b/.test(readFileSync(join(CDN, f), 'utf8')), `${f} holds d3-shape's curves`);
  });

  it('loads the entry and its later files from the CDN origin under a strict CSP', EACH, async () => {
    const { page, requested, errors } = await open('cdn-csp');
    await complete(page);
    await waitFor(page, () => {
      const all = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      return all(document).some((el) => el.matches('[data-factor][data-score]'));
    });
    const scores = await petals(page);
    assert.ok(scores.length >= 12, `the results flower has petals: ${scores.length}`);
    const scripts = requested.filter((url) => url.endsWith('.js'));
    // The entry, then the English texts (both parts) and the views: from the CDN's origin, not the host's.
    const files = scripts.map((url) => url.replace(/-[\w-]{8}\.js$/, '.js'));
    assert.deepEqual(
      files.sort(),
      [
        `${cdnOrigin}/checks.js`,
        `${cdnOrigin}/delivery.js`,
        `${cdnOrigin}/${ENTRY}`,
        `${cdnOrigin}/texts-en-later.js`,
        `${cdnOrigin}/texts-en.js`,
        `${cdnOrigin}/views.js`,
      ],
      "only the entry, the English texts (not the Dutch, nor the full instrument's statements), the views and the validators (not the model's: the page sets none), from the CDN origin",
    );
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [name, file] of [
    ['the views', /\/views-[\w-]+\.js/],
    ["the results' texts", /\/texts-en-later-[\w-]+\.js/],
  ]) {
    it(`keeps the answers and offers a retry when a later file (${name}) cannot be loaded`, EACH, async () => {
      // The network drops once the first screen is there: the later file (fetched ahead in idle
      // time, and again at "Finish") fails until the test lets it through. The questionnaire needs
      // neither the views nor the results' texts.
      let offline = true;
      const later = (url) => file.test(url);
      const { page, requested } = await open(`cdn-offline-${name.length}`, (url) => offline && later(url));
      await complete(page);
      await waitForText(page, 'This part could not be loaded');
      const shown = await widgetText(page);
      assert.match(shown, /Your flower/, 'the results heading stays');
      assert.match(shown, /Your answers are kept/);
      // seeds-complete fires once the response is stored, which may be just after the message shows.
      await waitFor(page, () => window.completed);
      const response = await page.evaluate(() => window.completed);
      assert.equal(
        response?.answers.filter((a) => a.value === 4).length,
        12,
        'the completed response holds the answers',
      );
      assert.ok(
        requested.some((url) => offline && later(url)),
        'a later file was asked for and refused',
      );

      offline = false;
      assert.ok(await clickButton(page, 'Try again'));
      await waitFor(page, () => {
        const all = (root) =>
          [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        return all(document).filter((el) => el.matches('[data-factor][data-score]')).length >= 12;
      });
      const scores = await petals(page);
      assert.ok(
        scores.every((s) => s === '75'),
        `the kept answers (all "Agree") score 75: ${scores}`,
      );
      assert.doesNotMatch(await widgetText(page), /could not be loaded/);
      await page.close();
    });
  }

  it('says a refused response under the questionnaire, with a retry while the views\' file cannot come', EACH, async () => {
    // The line about a refused response comes with the results view's file: a returning participant
    // whose network drops before it arrives is told that something could not be loaded, not nothing.
    const community = 'cdn-refused';
    const first = await open(community, () => false, '&endpoint=refuse');
    await complete(first.page);
    await waitForText(first.page, 'could not be sent');
    await first.page.close();

    let offline = true;
    const views = (url) => /\/views-[\w-]+\.js/.test(url);
    const { page, requested } = await open(community, (url) => offline && views(url), '&endpoint=refuse');
    await waitForText(page, 'This part could not be loaded');
    assert.ok(requested.some(views), 'the views file was asked for and refused');
    assert.match(await widgetText(page), /Start/, 'the questionnaire is there');
    assert.doesNotMatch(await widgetText(page), /could not be sent/);

    offline = false;
    assert.ok(await clickButton(page, 'Try again'));
    await waitForText(page, 'could not be sent');
    assert.doesNotMatch(await widgetText(page), /could not be loaded/);
    await page.close();
  });

  it('shows the old language until the new one is there, keeping the step and answers', EACH, async () => {
    let offline = false;
    const { page } = await open('cdn-language', (url) => offline && /\/texts-nl-/.test(url));
    await waitForText(page, 'Start');
    assert.ok(await clickButton(page, 'Start'));
    const checked = () =>
      page.evaluate(() => {
        const q = document.querySelector('seeds-of-innovation').shadowRoot.querySelector('seeds-questionnaire');
        return [...q.shadowRoot.querySelectorAll('fieldset[data-item] input')].map((i) => i.checked).indexOf(true);
      });
    await waitForText(page, 'Step 1 of');
    assert.ok(await clickButton(page, 'Next'));
    await waitForText(page, 'Step 2 of');
    await page.evaluate(() => {
      const q = document.querySelector('seeds-of-innovation').shadowRoot.querySelector('seeds-questionnaire');
      q.shadowRoot.querySelectorAll('fieldset[data-item] input')[1].click();
    });
    offline = true;
    await page.evaluate(() => (document.querySelector('seeds-of-innovation').lang = 'nl'));
    await waitForText(page, 'Dit deel kon niet worden geladen');
    assert.match(await widgetText(page), /Disagree/, 'the English statements stay while Dutch cannot be loaded');
    offline = false;
    assert.ok(await clickButton(page, 'Opnieuw proberen'));
    await waitForText(page, 'Helemaal oneens');
    assert.doesNotMatch(await widgetText(page), /Strongly disagree|niet worden geladen/);
    assert.equal(await checked(), 1, 'the answer given in English is still chosen');
    await page.close();
  });

  it('switches the language on the results, showing the old one until the new one is there whole', EACH, async () => {
    let offline = false;
    // The Dutch results' texts fail only once the Dutch first file has arrived and run: the order in
    // which a slow machine sees them, where the results view then asked for the Dutch texts on its own.
    const firstNl = readdirSync(CDN).find((f) => /^texts-nl-(?!later-|full-)[\w-]+\.js$/.test(f));
    const { page } = await open('cdn-results-language', async (url, page) => {
      if (!offline || !/\/texts-nl-later-/.test(url)) return false;
      await page.evaluate((url) => import(url).then(() => undefined), `${cdnOrigin}/${firstNl}`);
      return true;
    });
    await complete(page);
    await waitForText(page, 'Your flower');
    await waitFor(page, () => {
      const all = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      return all(document).filter((el) => el.matches('[data-factor][data-score]')).length >= 12;
    });
    // The Dutch first screen's texts arrive, its results' texts do not: the English results stay.
    offline = true;
    await page.evaluate(() => (document.querySelector('seeds-of-innovation').lang = 'nl'));
    await waitForText(page, 'Dit deel kon niet worden geladen');
    // Settled while still offline (updateComplete includes the views' loads): the results view did not
    // ask for the Dutch texts again on its own and fail with them; it stays whole, in English.
    await page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
    const shown = await widgetText(page);
    assert.match(shown, /Your flower/, 'the English results stay while Dutch cannot be loaded whole');
    assert.doesNotMatch(shown, /This part could not be loaded/, 'the results view itself did not fail');
    assert.equal(shown.match(/niet worden geladen/g).length, 1, 'one message, from the language');
    offline = false;
    assert.ok(await clickButton(page, 'Opnieuw proberen'));
    await waitForText(page, 'Jouw bloem');
    assert.doesNotMatch(await widgetText(page), /Your flower|niet worden geladen/);
    await page.close();
  });

  it('keeps a completed response and sends it once the outbox file, which could not be loaded, is there', EACH, async () => {
    let offline = true;
    const community = 'cdn-delivery-offline';
    const { page, requested } = await open(community, (url) => offline && isOutboxFile(url), '&endpoint');
    const response = await completeUnsent(page);
    await waitForText(page, 'Your flower');
    assert.match(await widgetText(page), /Your answers are kept/);
    assert.ok(requested.some(isOutboxFile), 'the outbox file was asked for and refused');
    assert.equal(posted.filter((p) => p.community === community).length, 0, 'nothing could be sent yet');

    offline = false;
    assert.ok(await clickButton(page, 'Try again'));
    await assertSentOnce(page, community, response);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.close();
  });

  it('sends at "Finish" when only the outbox file\'s load in idle time failed', EACH, async () => {
    // The network is down in idle time and back by "Finish": the load "Finish" starts brings the file.
    const refused = deferred();
    let loads = 0;
    const community = 'cdn-delivery-back-by-finish';
    const { page } = await open(
      community,
      (url) => {
        if (!isOutboxFile(url) || ++loads > 1) return false;
        refused.resolve();
        return true;
      },
      '&endpoint',
    );
    await refused.promise;
    await complete(page);
    await waitFor(page, () => window.completed);
    const response = await page.evaluate(() => window.completed);
    await assertSentOnce(page, community, response);
    assert.equal(loads, 2, 'idle time (refused), then "Finish"');
    await page.close();
  });

  it('loads the outbox file and sends without a press once the browser is online again', EACH, async () => {
    let offline = true;
    const community = 'cdn-delivery-online';
    const { page } = await open(community, (url) => offline && isOutboxFile(url), '&endpoint');
    const response = await completeUnsent(page);
    offline = false;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await assertSentOnce(page, community, response);
    await page.close();
  });

  it('sends once "Try again" is pressed while a load of the outbox file begun offline is still under way', EACH, async () => {
    // The file fails in idle time; the load "Finish" starts is held until the participant has pressed
    // "Try again" (the network is back by then), and only then fails: the press must not end with it.
    const refused = deferred();
    const pressed = deferred();
    let loads = 0;
    const community = 'cdn-delivery-retry-under-way';
    const { page } = await open(
      community,
      async (url) => {
        if (!isOutboxFile(url)) return false;
        loads++;
        if (loads === 1) refused.resolve();
        else if (loads === 2) await pressed.promise;
        return loads <= 2;
      },
      '&endpoint',
    );
    await refused.promise;
    const response = await completeUnsent(page);
    assert.ok(await clickButton(page, 'Try again'));
    pressed.resolve();
    await assertSentOnce(page, community, response);
    assert.equal(loads, 3, 'idle time, "Finish" (held, then refused), and one more for the press');
    await page.close();
  });

  it('keeps the answers at "Finish" and finishes once the validators\' file, which could not be loaded, is there', EACH, async () => {
    // A first visit reaches "Finish" without the validators (no stored measurement to read); storing
    // the response needs them. The draft stays as it is until they are there.
    let offline = true;
    const checks = (url) => /\/checks-[\w-]+\.js/.test(url);
    const { page, requested } = await open('cdn-checks-offline', (url) => offline && checks(url));
    await complete(page);
    await waitForText(page, 'This part could not be loaded');
    const shown = await widgetText(page);
    assert.match(shown, /Your answers are kept/);
    assert.match(shown, /Finish/, 'the last step stays, with its answers');
    assert.doesNotMatch(shown, /Your flower/);
    assert.equal(await page.evaluate(() => window.completed), null, 'nothing was completed');
    assert.ok(requested.some(checks), 'the validators were asked for and refused');

    offline = false;
    assert.ok(await clickButton(page, 'Try again'));
    await waitFor(page, () => window.completed);
    await waitForText(page, 'Your flower');
    const response = await page.evaluate(() => window.completed);
    assert.equal(response.answers.filter((a) => a.value === 4).length, 12, 'the completed response holds the answers');
    assert.doesNotMatch(await widgetText(page), /could not be loaded/);
    await page.close();

    // Back later, offline again: the history cannot be checked, so the first screen says so, then reads it.
    offline = true;
    const again = await open('cdn-checks-offline', (url) => offline && checks(url));
    await waitForText(again.page, 'This part could not be loaded');
    assert.doesNotMatch(await widgetText(again.page), /Start/);
    offline = false;
    assert.ok(await clickButton(again.page, 'Try again'));
    await waitForText(again.page, 'Start');
    assert.doesNotMatch(await widgetText(again.page), /could not be loaded/);
    assert.deepEqual(await again.page.evaluate(() => window.violations), []);
    await again.page.close();
  });

  it('says calmly that the questionnaire is open in another tab, after a retry when its file did not come at first', EACH, async () => {
    // The first tab has the draft (and its lock); the second shows the "open elsewhere" screen, which
    // comes with the views' file: blocked at first.
    const first = await open('cdn-elsewhere');
    await waitForText(first.page, 'Start');
    assert.ok(await clickButton(first.page, 'Start'));
    await waitForText(first.page, 'Step 1 of');
    let offline = true;
    const second = await open('cdn-elsewhere', (url) => offline && /\/views-[\w-]+\.js/.test(url));
    await waitForText(second.page, 'This part could not be loaded');
    assert.doesNotMatch(await widgetText(second.page), /Step 1 of|Start/, 'no questionnaire that another tab edits');
    offline = false;
    assert.ok(await clickButton(second.page, 'Try again'));
    await waitForText(second.page, 'Open in another tab');
    assert.doesNotMatch(await widgetText(second.page), /could not be loaded|Delete my data/);
    assert.deepEqual(await second.page.evaluate(() => window.violations), []);
    assert.deepEqual(second.errors, []);
    await second.page.close();
    await first.page.close();
  });

  it('shows the tools of a returning participant once their file is there, with a retry when it did not come', EACH, async () => {
    const again = await returnWithoutViews('cdn-tools');
    assert.match(await widgetText(again.page), /Step 1 of/, 'the questionnaire goes on without its tools');
    assert.doesNotMatch(await widgetText(again.page), /Delete my data/);
    again.online();
    assert.ok(await clickButton(again.page, 'Try again'));
    await waitForText(again.page, 'Delete my data on this device');
    assert.doesNotMatch(await widgetText(again.page), /could not be loaded/);
    assert.deepEqual(again.errors, []);
    await again.page.close();
  });

  it("loads the flower's PNG painter on the first PNG download, and again after it could not come", EACH, async () => {
    let offline = true;
    const isPng = (url) => /\/flower-png-[\w-]+\.js/.test(url);
    const { page, requested, errors } = await open('cdn-png', (url) => offline && isPng(url));
    await complete(page);
    await waitForText(page, 'Download flower (PNG)');
    assert.ok(!requested.some(isPng), 'not before a PNG is asked for');
    // The files offered for download, by type (download() hands each one over as an object URL).
    await page.evaluate(() => {
      window.offered = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => (window.offered.push(blob.type), create(blob));
    });
    assert.ok(await clickButton(page, 'Download flower (PNG)'));
    await waitForText(page, 'The download did not work.');
    offline = false;
    assert.ok(await clickButton(page, 'Download flower (PNG)'));
    await waitFor(page, () => window.offered.includes('image/png'));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("brings back the tools when a later view's file has come, without their own Try again", EACH, async () => {
    const again = await returnWithoutViews('cdn-tools-again');
    again.online();
    // The host shows the results, whose view comes from the same file. A fetch ahead of that view still
    // failing when the network came back makes the screen say so first: then the screen's Try again
    // (not the tools' own) brings it.
    await again.page.evaluate(() => (document.querySelector('seeds-of-innovation').view = 'results'));
    const shown = () =>
      waitFor(again.page, () => {
        const root = document.querySelector('seeds-of-innovation').shadowRoot;
        // A screen's own message is its focus target (`data-screen`); the tools' is not.
        return root.querySelector('seeds-results') ? 'view' : root.querySelector('.load-failed [data-screen]') && 'failed';
      }).then((handle) => handle.jsonValue());
    if ((await shown()) === 'failed') {
      await again.page.evaluate(() =>
        document
          .querySelector('seeds-of-innovation')
          .shadowRoot.querySelector('.load-failed [data-screen]')
          .parentElement.querySelector('button')
          .click(),
      );
      await waitFor(again.page, () => document.querySelector('seeds-of-innovation').shadowRoot.querySelector('seeds-results'));
    }
    await again.page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
    await again.page.evaluate(() => (document.querySelector('seeds-of-innovation').view = 'questionnaire'));
    await waitForText(again.page, 'Delete my data on this device');
    assert.match(await widgetText(again.page), /Step 1 of/);
    assert.doesNotMatch(await widgetText(again.page), /could not be loaded/);
    assert.deepEqual(again.errors, []);
    await again.page.close();
  });

  it('leaves no failure message behind when the host switches back to the language shown', EACH, async () => {
    const { page, errors } = await open('cdn-language-back', (url) => /\/texts-nl-/.test(url));
    await waitForText(page, 'Start');
    await page.evaluate(() => (document.querySelector('seeds-of-innovation').lang = 'nl'));
    await waitForText(page, 'Dit deel kon niet worden geladen');
    await page.evaluate(() => (document.querySelector('seeds-of-innovation').lang = 'en'));
    await page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
    const shown = await widgetText(page);
    assert.match(shown, /Start/);
    assert.doesNotMatch(shown, /niet worden geladen|could not be loaded/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows the full instrument's first screen without its further statements, and its statements' pages once they come", EACH, async () => {
    let offline = true;
    const isFull = (url) => /\/texts-en-full-[\w-]+\.js(\?|$)/.test(url);
    const { page, requested, errors } = await open('cdn-full', (url) => offline && isFull(url), '&instrument=full');
    // The intro and the role question do without them (they are fetched ahead, and fail here).
    await waitForText(page, 'Start');
    assert.match(await widgetText(page), /36 statements/, 'the full instrument, not the quick one');
    assert.ok(await clickButton(page, 'Start'));
    await waitForText(page, 'Step 1 of 6');
    assert.ok(await clickButton(page, 'Next'));
    // The first statements' page: its heading, a calm message with a retry, and no way on without them.
    await waitForText(page, 'This part could not be loaded');
    const waiting = await widgetText(page);
    assert.match(waiting, /Step 2 of 6 People/);
    assert.equal(await focusedText(page), 'H2 People', "focus moves to the page's heading, as on every step");
    assert.doesNotMatch(waiting, /Next|Every participant is keen/, 'no statements and no Next while they are missing');
    offline = false;
    assert.ok(await clickButton(page, 'Try again'));
    // The first factor's second statement comes from the full file.
    await waitForText(page, 'Participants stay driven as the collaboration goes on.');
    assert.doesNotMatch(await widgetText(page), /could not be loaded/);
    assert.equal(await focusedText(page), 'H2 People', 'focus is back on the heading, not lost with the message');
    assert.ok(requested.some((url) => isFull(url) && url.includes('?retry=')), 'loaded again under a new URL');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("resumes on a statements' page of the full instrument, asking for its statements at once", EACH, async () => {
    const first = await open('cdn-full-resume', () => false, '&instrument=full');
    await waitForText(first.page, 'Start');
    assert.ok(await clickButton(first.page, 'Start'));
    await waitForText(first.page, 'Step 1 of 6');
    assert.ok(await clickButton(first.page, 'Next'));
    await waitForText(first.page, 'Participants stay driven as the collaboration goes on.');
    await first.page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
    await first.page.close();
    // Back on step 2, with the views' file (whose texts would bring the statements too) held back.
    const again = await open('cdn-full-resume', (url) => /\/views-[\w-]+\.js/.test(url), '&instrument=full');
    await waitForText(again.page, 'Participants stay driven as the collaboration goes on.');
    assert.match(await widgetText(again.page), /Step 2 of 6 People/);
    assert.deepEqual(again.errors, []);
    await again.page.close();
  });

  it("shows a full measurement's answers with their statements, which its results load", EACH, async () => {
    const first = await open('cdn-full-results', () => false, '&instrument=full');
    await complete(first.page, 'commitment');
    await waitForText(first.page, 'Your flower');
    await first.page.evaluate(() => document.querySelector('seeds-of-innovation').updateComplete);
    await first.page.close();
    // Back on a page with the quick instrument, which has no use for the full statements until the
    // full measurement is shown.
    const { page, requested, errors } = await open('cdn-full-results');
    await waitForText(page, 'Start');
    assert.ok(!requested.some((url) => /\/texts-en-full-/.test(url)), 'not for the quick first screen');
    await page.evaluate(() => (document.querySelector('seeds-of-innovation').view = 'results'));
    // The results' heading shows while their file loads: wait for the view itself.
    await waitForText(page, 'All about ‘Driven and personally committed’');
    assert.ok(await clickButton(page, 'All about ‘Driven and personally committed’'));
    await waitForText(page, 'Your answers');
    // The first factor's three statements, each with the answer given.
    for (const statement of [
      'Every participant is keen to contribute to our shared goal.',
      'Participants stay driven as the collaboration goes on.',
      'Each of us feels personally connected to our shared challenge.',
    ])
      await waitForText(page, statement);
    assert.doesNotMatch(await widgetText(page), /commitment\.\d/, 'no statement shown by its id');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('takes the language file from the modulepreload tag that npm run sri prints, fetching it once', EACH, async () => {
    const { page, requested, errors } = await open('cdn-preload', () => false, '&preload');
    await waitForText(page, 'Start');
    const texts = requested.filter((url) => /\/texts-en-(?!later-|full-)[\w-]+\.js$/.test(url));
    assert.equal(texts.length, 1, `the preloaded file is the one the widget imports: ${texts}`);
    // Asked for from the <head>, before the entry (without the tag, only once the entry runs).
    const entry = requested.findIndex((url) => url.endsWith(`/${ENTRY}`));
    assert.ok(requested.indexOf(texts[0]) < entry, 'the texts were requested before the entry');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
