// The demo: serves demo/ and dist/ on http://localhost:8000 under a strict Content-Security-Policy,
// and a small endpoint that receives posted responses (Node's own http, no framework).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver } from './receiver.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// No 'unsafe-inline', no 'unsafe-eval': the widget must work under this.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const receiver = createReceiver({ dataDir: join(root, 'demo', 'data') });

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  if (url.pathname === '/api/responses') return receiver(req, res);
  let path = url.pathname === '/' ? '/demo/index.html' : url.pathname;
  if (path.endsWith('/')) path += 'index.html';
  if (!path.startsWith('/demo/') && !path.startsWith('/dist/')) path = `/demo${path}`;
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

if (!existsSync(join(root, 'dist', 'cdn', 'seeds-of-innovation.js'))) {
  console.error('dist/cdn/seeds-of-innovation.js is missing: run "npm start" (it builds first).');
  process.exit(1);
}
server.listen(port, host, () => {
  console.log(`Seeds of Innovation demo: http://localhost:${port}/`);
  console.log(`Received responses: http://localhost:${port}/api/responses (stored in demo/data/responses.jsonl)`);
});
