// The demo: one process serves the demo page and dist/ under a strict Content-Security-Policy, and is the
// collector the page posts to (same origin). At every start it registers the demo community and gives it
// a fresh facilitator token, which /demo-config.json hands to the page so its group view can read the
// responses back. That is fine for a demo on your own machine, never for a real community: there the
// token stays with the facilitator (see "Run the collector" in the README).
//
//   PORT  (default 8000)  where the demo listens; HOST (default 127.0.0.1); SEEDS_DB (default data/demo.db).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import {
  ConfigError,
  PortInUseError,
  hashToken,
  newToken,
  readConfig,
  startCollector,
  stopOnSignals,
} from '../collector/dist/index.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEMO_COMMUNITY = 'demo-greenport';

// No 'unsafe-inline', no 'unsafe-eval': the widget must work under this.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** @fastify/static calls this with the reply; it replaces the API's CSP (default-src 'none') on the demo's files. */
function pageHeaders(reply) {
  reply.header('Content-Security-Policy', CSP);
  reply.header('Cache-Control', 'no-store');
}

async function addDemo(app, storage) {
  const token = newToken();
  const tokenHash = hashToken(token);
  if (!(await storage.setCommunityToken(DEMO_COMMUNITY, tokenHash))) {
    await storage.addCommunity({ id: DEMO_COMMUNITY, name: 'Demo Greenport', tokenHash });
  }
  app.get('/demo-config.json', (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({
      community: DEMO_COMMUNITY,
      source: `/api/communities/${DEMO_COMMUNITY}/responses`,
      token,
    }),
  );
  // The pages and their files; not the server's own source beside them.
  const PAGE_FILES = new Set(['/', '/index.html', '/demo.js', '/demo.css', '/themes.html', '/themes.js', '/themes.css']);
  await app.register(fastifyStatic, {
    root: join(root, 'demo'),
    prefix: '/',
    setHeaders: pageHeaders,
    allowedPath: (pathName) => PAGE_FILES.has(pathName),
  });
  await app.register(fastifyStatic, {
    root: join(root, 'dist'),
    prefix: '/dist/',
    decorateReply: false,
    setHeaders: pageHeaders,
  });
}

try {
  const config = readConfig({
    ...process.env,
    PORT: process.env.PORT || '8000',
    HOST: process.env.HOST || '127.0.0.1',
    SEEDS_DB: process.env.SEEDS_DB || 'data/demo.db',
    // A page load fetches a dozen files; the collector's default of 300 a minute is meant for posts.
    SEEDS_RATE_LIMIT: process.env.SEEDS_RATE_LIMIT || '5000',
    // Request logs of every file would bury the two lines below; SEEDS_LOG_LEVEL=info shows them.
    SEEDS_LOG_LEVEL: process.env.SEEDS_LOG_LEVEL || 'warn',
  }, root);
  if (!existsSync(join(root, 'dist', 'cdn', 'seeds-of-innovation.js'))) {
    console.warn('dist/cdn/seeds-of-innovation.js is missing: the page will not show the widget. "npm start" builds it first.');
  }
  const running = await startCollector(config, addDemo);
  stopOnSignals(running);
  const url = running.url;
  console.log(`Seeds of Innovation demo: ${url}/  (another port: PORT=8080 npm start)`);
  console.log(`Themes and dark mode: ${url}/themes.html`);
  console.log(`It is also the collector: responses of "${DEMO_COMMUNITY}" are kept in ${config.databaseUrl ? 'PostgreSQL' : config.sqliteFile}`);
} catch (error) {
  if (error instanceof PortInUseError || error instanceof ConfigError) {
    console.error(`The demo cannot start: ${error.message}`);
    if (error instanceof PortInUseError) console.error(`For example: PORT=${error.port + 1} npm start`);
    process.exit(1);
  }
  throw error;
}
