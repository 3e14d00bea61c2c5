// The demo server (`npm start` without the build step): one process that serves the page under a strict
// CSP and is the collector the page posts to and reads back from.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const SERVER = new URL('../../demo/server.mjs', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'seeds-demo-'));

function startDemo(env = {}) {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', SEEDS_DB: join(dataDir, 'demo.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /demo: (http:\/\/\S+?)\/ /.exec(output);
      if (match) resolve(match[1]);
    });
    exited.then((code) => reject(new Error(`demo exited with ${code}: ${output}`)));
  });
  ready.catch(() => {});
  return { child, ready, exited, output: () => output };
}

const response = (community) => ({
  schema: 'seeds-of-innovation/response',
  schemaVersion: 1,
  id: randomUUID(),
  community,
  instrument: 'quick',
  locale: 'nl',
  startedAt: '2026-11-27T10:00:00.000Z',
  completedAt: '2026-11-27T10:02:00.000Z',
  respondent: { role: null },
  answers: [{ item: 'commitment.1', factor: 'commitment', value: 5 }],
  scores: { commitment: 100 },
});

describe('demo server', () => {
  let demo;
  let url;
  before(async () => {
    demo = startDemo();
    url = await demo.ready;
  });
  after(() => demo?.child.kill('SIGTERM'));

  it('serves the page under a strict CSP, in light and dark mode', async () => {
    const res = await fetch(`${url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await res.text();
    assert.match(html, /<meta name="color-scheme" content="light dark"/);
    assert.match(html, /PORT=8080 npm start/);
    const css = await fetch(`${url}/demo.css`);
    assert.match(await css.text(), /color-scheme: light dark/);
    assert.equal(css.headers.get('content-security-policy'), csp);
  });

  it('serves the themes page under the same CSP, with no inline style or script', async () => {
    const page = await fetch(`${url}/themes.html`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.headers.get('content-security-policy'), /unsafe-inline|unsafe-eval/);
    const html = await page.text();
    assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/i);
    assert.deepEqual(html.match(/<script\b[^>]*>/g), [
      '<script type="module" src="/dist/cdn/seeds-of-innovation.js">',
      '<script type="module" src="./themes.js">',
    ]);
    const css = await (await fetch(`${url}/themes.css`)).text();
    assert.match(css, /--seeds-font-heading:/);
    assert.match(css, /::part\(button-primary\)/);
    assert.equal((await fetch(`${url}/themes.js`)).status, 200);
  });

  it('serves nothing outside demo/ and dist/', async () => {
    for (const path of ['/../package.json', '/dist/../package.json', '/%2e%2e/package.json', '/demo-config.json/../server.mjs', '/server.mjs']) {
      const res = await fetch(`${url}${path}`);
      assert.notEqual(res.status, 200, path);
      const text = await res.text();
      assert.ok(!text.includes('"workspaces"') && !text.includes('fastifyStatic'), path);
    }
  });

  it('is the collector: the page posts a response and reads it back with the demo token from /demo-config.json', async () => {
    assert.equal((await fetch(`${url}/api/health`)).status, 200);
    const config = await (await fetch(`${url}/demo-config.json`)).json();
    assert.equal(config.community, 'demo-greenport');
    assert.equal(config.source, '/api/communities/demo-greenport/responses');
    const payload = response(config.community);
    const posted = await fetch(`${url}/api/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
      body: JSON.stringify(payload),
    });
    assert.equal(posted.status, 201);
    assert.equal((await fetch(`${url}${config.source}`)).status, 401);
    const read = await fetch(`${url}${config.source}`, { headers: { Authorization: `Bearer ${config.token}` } });
    assert.equal(read.status, 200);
    assert.deepEqual((await read.json()).filter((r) => r.id === payload.id), [payload]);
  });

  it('says what to do when the port is taken, without a stack trace', async () => {
    const port = new URL(url).port;
    const clash = startDemo({ PORT: port });
    assert.equal(await clash.exited, 1);
    assert.match(clash.output(), new RegExp(`Port ${port} is in use`));
    assert.match(clash.output(), new RegExp(`PORT=${Number(port) + 1} npm start`));
    assert.doesNotMatch(clash.output(), /\n\s+at /);
  });
});
