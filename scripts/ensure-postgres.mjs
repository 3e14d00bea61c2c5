// Makes a PostgreSQL database for the collector's tests, so `npm test` covers both databases on a fresh
// machine: uses TEST_DATABASE_URL when set; else starts the local cluster (installing Debian's
// postgresql when it is missing and we may) and creates the role and database seeds_test.
// Writes the URL to node_modules/.cache/seeds-collector/postgres-url for the tests.
// Without a way to get PostgreSQL it says so loudly and the tests skip their PostgreSQL half; under
// CI=true (or SEEDS_REQUIRE_POSTGRES=1) that is a failure instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';

const URL_FILE = new URL('../node_modules/.cache/seeds-collector/postgres-url', import.meta.url);
const required = Boolean(process.env.CI) || process.env.SEEDS_REQUIRE_POSTGRES === '1';
const isRoot = process.getuid?.() === 0;

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const has = (cmd) => {
  try {
    run('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
};

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function giveUp(reason) {
  rmSync(URL_FILE, { force: true });
  const line = '!'.repeat(100);
  console.error(`${line}\n!! PostgreSQL is not available: ${reason}\n!! The collector's PostgreSQL tests will be SKIPPED.` +
    ` Set TEST_DATABASE_URL=postgres://… or run as root on Debian so this script can set one up.\n${line}`);
  process.exit(required ? 1 : 0);
}

function done(url) {
  mkdirSync(dirname(URL_FILE.pathname), { recursive: true });
  writeFileSync(URL_FILE, url);
  console.log(`PostgreSQL for the collector tests: ${url.replace(/:[^:@/]*@/, ':***@')}`);
  process.exit(0);
}

async function setUp() {
  if (!has('pg_lsclusters')) {
    if (!isRoot || !has('apt-get')) return giveUp('not installed, and this is not root on a Debian-like machine');
    console.log("PostgreSQL not found; installing Debian's postgresql …");
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'], {
      stdio: 'inherit',
    });
  }
  if (!isRoot) return giveUp('the local cluster can only be started as root');
  let clusters = run('pg_lsclusters', ['--no-header']).trim().split('\n').filter(Boolean).map((l) => l.split(/\s+/));
  if (!clusters.length) {
    const version = run('sh', ['-c', 'ls /usr/lib/postgresql | sort -n | tail -1']).trim();
    run('pg_createcluster', [version, 'main']);
    clusters = run('pg_lsclusters', ['--no-header']).trim().split('\n').map((l) => l.split(/\s+/));
  }
  const [version, name, port, status] = clusters[0];
  if (status !== 'online') {
    console.log(`Starting PostgreSQL ${version}/${name} …`);
    run('pg_ctlcluster', [version, name, 'start'], { stdio: 'inherit' });
  }
  const psql = (sql) =>
    run('runuser', ['-u', 'postgres', '--', 'psql', '-p', port, '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-c', sql], { cwd: '/' });
  if (!psql("SELECT 1 FROM pg_roles WHERE rolname = 'seeds_test'").trim()) {
    psql("CREATE ROLE seeds_test LOGIN PASSWORD 'seeds_test'");
  }
  if (!psql("SELECT 1 FROM pg_database WHERE datname = 'seeds_test'").trim()) {
    psql('CREATE DATABASE seeds_test OWNER seeds_test');
  }
  return `postgres://seeds_test:seeds_test@127.0.0.1:${port}/seeds_test`;
}

const given = process.env.TEST_DATABASE_URL;
if (given) {
  if (await reachable(given)) done(given);
  giveUp('TEST_DATABASE_URL is set but cannot be reached');
}
const DEFAULT = 'postgres://seeds_test:seeds_test@127.0.0.1:5432/seeds_test';
if (await reachable(DEFAULT)) done(DEFAULT);
let url;
try {
  url = await setUp();
} catch (error) {
  giveUp(`setting it up failed: ${String(error.stderr || error.message).trim()}`);
}
if (url && (await reachable(url))) done(url);
giveUp(`set up at ${url}, but it cannot be reached`);
