// The collector's command line: `serve` (the default), and what an operator needs between meetings.
//   npm run collector                                   start the collector
//   npm run collector -- community add <id> [--name <name>]   register a community, print its token once
//   npm run collector -- community token <id>           give a community a new token (the old one stops working)
//   npm run collector -- community list                 communities and their number of responses
//   npm run collector -- export <id> [--format json|csv] [--round <round>]   responses to stdout
//   npm run collector -- delete-response <response id>  forget one participant's response
//   npm run collector -- import <file.json>             add exported responses (e.g. from SQLite to PostgreSQL)
//   npm run collector -- backup <file>                  a consistent copy of the SQLite database while it runs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig, type Config } from './config.js';
import { exportCsv, exportJson } from './export.js';
import { PortInUseError, startCollector, stopOnSignals } from './server.js';
import { openStorage } from './storage/open.js';
import type { Storage } from './storage/types.js';
import { hashToken, newToken } from './tokens.js';
import { SqliteStorage } from './storage/sqlite.js';
import { checkPayload, digest, isCommunityId } from './validate.js';

const USAGE = `Usage: npm run collector -- <command>
  serve                                        start the collector (default)
  community add <id> [--name <name>]           register a community; prints its facilitator token once
  community token <id>                         replace a community's token; prints the new one once
  community list                               list communities with their number of responses
  export <community> [--format json|csv] [--round <round>]   write the responses to standard output
  delete-response <response id>                delete one response (a participant's request to be forgotten)
  import <file.json>                           add the responses of an export (ids stay unique: nothing twice)
  backup <file>                                copy the SQLite database consistently, also while it runs
Settings come from the environment: PORT, HOST, SEEDS_DB, DATABASE_URL, SEEDS_ADMIN_TOKEN, SEEDS_ORIGINS,
SEEDS_OPEN, SEEDS_RATE_LIMIT, SEEDS_RATE_WINDOW_MS, SEEDS_TRUST_PROXY, SEEDS_LOG_LEVEL (see the README).`;

class UsageError extends Error {}

async function withStorage<T>(config: Config, work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage(config);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

function communityId(value: string | undefined): string {
  if (!value) throw new UsageError('Name the community.');
  if (!isCommunityId(value)) {
    throw new UsageError(
      `"${value}": use letters, digits, ".", "_" or "-" (at most 120), starting with a letter or digit.`,
    );
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      format: { type: 'string' },
      round: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command = 'serve', sub, arg] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const config = readConfig();
  const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  if (command === 'serve') {
    const running = await startCollector(config);
    stopOnSignals(running);
    running.app.log.info(
      { url: running.url, storage: running.storage.kind, open: config.open, origins: config.origins },
      'collector listening',
    );
    return -1; // keeps running
  }
  if (command === 'community' && sub === 'add') {
    const id = communityId(arg);
    const token = newToken();
    const added = await withStorage(config, (s) =>
      s.addCommunity({ id, name: values.name ?? id, tokenHash: hashToken(token) }),
    );
    if (!added)
      throw new UsageError(`A community "${id}" exists already (use "community token ${id}" for a new token).`);
    out(`Community "${id}" added. Its facilitator token (shown only now, keep it safe):\n${token}`);
    return 0;
  }
  if (command === 'community' && sub === 'token') {
    const id = communityId(arg);
    const token = newToken();
    if (!(await withStorage(config, (s) => s.setCommunityToken(id, hashToken(token))))) {
      throw new UsageError(`No community "${id}".`);
    }
    out(`New facilitator token for "${id}" (the old one no longer works):\n${token}`);
    return 0;
  }
  if (command === 'community' && sub === 'list') {
    const list = await withStorage(config, (s) => s.communities());
    if (!list.length) out('No communities yet: npm run collector -- community add <id>');
    for (const c of list) out(`${c.id}\t${c.responses} responses\t${c.name}\tadded ${c.createdAt}`);
    return 0;
  }
  if (command === 'export') {
    const id = communityId(sub);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new UsageError('--format is json or csv.');
    const bodies = await withStorage(config, async (s) => {
      if (!(await s.community(id))) throw new UsageError(`No community "${id}".`);
      return s.responses(id, values.round);
    });
    process.stdout.write(format === 'csv' ? exportCsv(bodies) : exportJson(bodies));
    return 0;
  }
  if (command === 'delete-response') {
    if (!sub) throw new UsageError('Name the response id.');
    if (!(await withStorage(config, (s) => s.deleteResponse(sub)))) {
      console.error(`No response "${sub}" (nothing deleted).`);
      return 1;
    }
    out(`Response ${sub} deleted.`);
    return 0;
  }
  if (command === 'import') {
    if (!sub) throw new UsageError('Name the JSON file (an export).');
    const list = JSON.parse(readFileSync(sub, 'utf8')) as unknown;
    if (!Array.isArray(list)) throw new UsageError(`${sub} does not hold a JSON array of responses.`);
    const counts = { created: 0, duplicate: 0, conflict: 0, invalid: 0 };
    await withStorage(config, async (s) => {
      for (const [index, item] of list.entries()) {
        const checked = checkPayload(item);
        if (!checked.ok) {
          counts.invalid++;
          console.error(`#${index}: ${checked.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
          continue;
        }
        const p = checked.value;
        const body = { id: p.id, community: p.community, round: p.round ?? null, body: JSON.stringify(p) };
        counts[await s.putResponse({ ...body, digest: digest(p) })]++;
      }
    });
    out(
      `Imported ${counts.created}; already there ${counts.duplicate}; ` +
        `same id with another body (skipped) ${counts.conflict}; invalid (skipped) ${counts.invalid}.`,
    );
    return counts.conflict || counts.invalid ? 1 : 0;
  }
  if (command === 'backup') {
    if (!sub) throw new UsageError('Name the file to write the copy to.');
    if (config.databaseUrl) throw new UsageError('backup copies SQLite; for PostgreSQL use pg_dump.');
    const target = resolve(sub);
    if (target === config.sqliteFile) throw new UsageError('The copy must be another file than the database.');
    await withStorage(config, (s) => (s as SqliteStorage).backup(target));
    out(`Copied ${config.sqliteFile} to ${target}.`);
    return 0;
  }
  throw new UsageError(`Unknown command: ${[command, sub].filter(Boolean).join(' ')}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError || error instanceof PortInUseError) console.error(error.message);
    else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
