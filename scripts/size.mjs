#!/usr/bin/env node
/**
 * What a participant downloads: per file of the CDN build its minified, gzip and brotli bytes, the
 * bytes loaded before the first question (entry + its static imports + the active language's texts)
 * and to finish and see the results and the agenda, and where the one-file build's bytes go (from
 * its source map). Exits with 1 when a participant's budget of issue 13 is exceeded (gzip, 1 KB =
 * 1000 B); the all-files figure is reported against the issue's earlier one-file size, not enforced.
 *
 *   node scripts/size.mjs [--dir dist/cdn] [--enforce firstQuestion]   (after `npm run build`)
 *
 * With `--enforce <budget>` (repeatable) only the named budgets decide the exit code; the others are
 * still reported. CI enforces the ones the build meets, so that they stay met.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIR = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : 'dist/cdn';
const ENFORCED = process.argv.flatMap((arg, i) => (arg === '--enforce' ? [process.argv[i + 1]] : []));
const ENTRY = 'seeds-of-innovation.js';
/** The one-file build for hosts that can copy only one file; not part of what the split build loads. */
const ONE_FILE = 'seeds-of-innovation.bundle.js';
/** The loader for pages that cannot say type="module" (scripts/sri.mjs): loaded instead of the entry's tag, never with it. */
const CLASSIC_LOADER = 'seeds-of-innovation.classic.js';
/**
 * Chunks of one language's texts are named `texts-<locale>-…js`: the first screen's texts,
 * `texts-<locale>-full-…js`, the full instrument's further statements (fetched once its first screen
 * is shown; its statements' pages need them), and `texts-<locale>-later-…js`, the rest.
 */
const LANGUAGE = /(?:^|\/)texts-([a-z]{2})\b/;
const LATER_TEXTS = /(?:^|\/)texts-[a-z]{2}-later-/;
const FULL_TEXTS = /(?:^|\/)texts-[a-z]{2}-full-/;
/** Chunks a participant needs at and after "Finish": the views, the outbox that sends the response, the validators that store it. */
const FINISH = /(?:^|\/)(?:views|delivery|checks)-/;
const LOCALES = ['nl', 'en'];

/** Budgets (gzip bytes). `split` budgets apply once the entry loads later parts on demand. */
const BUDGETS = {
  firstQuestion: { max: 30_000, goal: 25_000, split: true, label: 'before the first question' },
  finish: { max: 55_000, split: true, label: 'to finish and see results and agenda' },
  // The single CDN file measured when issue 13 was filed: splitting may not cost more in total. That
  // figure predates the facilitator's group view with its QR code and poster (the group file alone
  // is 15 KB gzip) and the hand-over between tabs; it is reported against today's figure, not enforced.
  all: {
    max: 71_369,
    split: false,
    known: 'measured before the group view, QR code and poster were added: reported, not enforced',
    label: 'all files together (both languages, every view)',
  },
};

if (!existsSync(join(DIR, ENTRY))) {
  console.error(`${join(DIR, ENTRY)} is missing: run "npm run build" first.`);
  process.exit(1);
}

const list = (dir, prefix = '') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? list(join(dir, d.name), `${prefix}${d.name}/`)
      : d.name.endsWith('.js')
        ? [`${prefix}${d.name}`]
        : [],
  );
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const files = new Map();
for (const name of list(DIR)) {
  const code = readFileSync(join(DIR, name));
  const text = code.toString('utf8');
  const rel = (spec) => posix.normalize(posix.join(posix.dirname(name), spec));
  const found = (re) => [...text.matchAll(re)].map((m) => rel(m[1]));
  files.set(name, {
    name,
    min: code.length,
    gzip: gzip(code),
    brotli: brotli(code),
    // Rollup's output: `import{a as b}from"./x.js"`, `export{…}from"./x.js"`, `import"./x.js"`, `import("./x.js")`.
    imports: [...found(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g), ...found(/\bimport\s*["'](\.{1,2}\/[^"']+)["']/g)],
    dynamic: found(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
    code,
  });
}

/** A file with everything it imports statically. */
const closure = (names) => {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !files.has(name)) return;
    seen.add(name);
    files.get(name).imports.forEach(visit);
  };
  names.forEach(visit);
  return seen;
};
const sum = (set) =>
  [...set].reduce(
    (acc, name) => {
      const f = files.get(name);
      return { min: acc.min + f.min, gzip: acc.gzip + f.gzip, brotli: acc.brotli + f.brotli, count: acc.count + 1 };
    },
    { min: 0, gzip: 0, brotli: 0, count: 0 },
  );

const splitFiles = [...files.keys()].filter((n) => n !== ONE_FILE && n !== CLASSIC_LOADER);
const split = splitFiles.length > 1;
const languageOf = (name) => name.match(LANGUAGE)?.[1];
const entryClosure = closure([ENTRY]);

const pad = (v, n) => String(v).padStart(n);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const row = (label, s) =>
  `  ${label.padEnd(44)} ${pad(s.min, 8)} ${pad(s.gzip, 8)} ${pad(s.brotli, 8)}   ${kb(s.gzip).padStart(8)} gzip`;
const header = `  ${'file'.padEnd(44)} ${pad('minified', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)}`;

console.log(`${DIR}: ${split ? 'split build' : 'one file'} (bytes; gzip level 9, brotli quality 11)`);
console.log(header);
for (const name of [...files.keys()].sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)))) {
  const f = files.get(name);
  const tags = [
    name === ENTRY && 'entry',
    name === ONE_FILE && 'one-file build',
    name !== ENTRY && entryClosure.has(name) && 'static',
    languageOf(name) &&
      `texts ${languageOf(name)}${LATER_TEXTS.test(name) ? ', later views' : FULL_TEXTS.test(name) ? ', full instrument, after the first screen' : ''}`,
  ].filter(Boolean);
  console.log(row(`${name}${tags.length ? ` (${tags.join(', ')})` : ''}`, f));
}

const totals = {};
console.log('\nWhat a participant loads:');
for (const locale of LOCALES) {
  const texts = splitFiles.filter((n) => languageOf(n) === locale);
  // Either instrument: the full one's further statements come after its first screen.
  const first = closure([ENTRY, ...texts.filter((n) => !LATER_TEXTS.test(n) && !FULL_TEXTS.test(n))]);
  // The quick instrument: a full measurement's results also load the full statements.
  const finish = closure([
    ...first,
    ...texts.filter((n) => !FULL_TEXTS.test(n)),
    ...splitFiles.filter((n) => FINISH.test(n)),
  ]);
  const a = sum(first);
  const b = sum(finish);
  console.log(row(`before the first question (${locale}, ${a.count} files)`, a));
  console.log(row(`to finish, results and agenda (${locale}, ${b.count} files)`, b));
  totals.firstQuestion = Math.max(totals.firstQuestion ?? 0, a.gzip);
  totals.finish = Math.max(totals.finish ?? 0, b.gzip);
}
const all = sum(new Set(splitFiles));
console.log(row(`all files together (${all.count} files)`, all));
totals.all = all.gzip;
if (!split) console.log('  (one file: both languages and every view load before the first question)');

// Attribute each generated character of the one-file build to its source through the source map.
const attributed = files.has(ONE_FILE) ? ONE_FILE : split ? null : ENTRY;
const mapFile = attributed && join(DIR, `${attributed}.map`);
if (mapFile && existsSync(mapFile)) {
  const code = files.get(attributed).code;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = code.toString('utf8').split('\n');
  const bytes = new Map();
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const decode = (segment) => {
    const out = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        out.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    return out;
  };
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = line ? line.split(',').map(decode) : [];
    segs.forEach((seg, i) => {
      col += seg[0];
      if (seg.length > 1) source += seg[1];
      const next = i + 1 < segs.length ? col + segs[i + 1][0] : (lines[li] ?? '').length;
      const name = map.sources[source] ?? '?';
      bytes.set(name, (bytes.get(name) ?? 0) + (next - col));
    });
  });
  const bucket = (name) => {
    if (name.includes('node_modules/')) {
      const m = name.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const pkg = m ? m[1] : 'deps';
      return /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)$/.test(pkg)
        ? 'lit'
        : pkg.startsWith('d3-')
          ? 'd3'
          : pkg;
    }
    if (name.includes('/content/')) return 'content (texts)';
    return 'our code';
  };
  const groups = new Map();
  for (const [name, n] of bytes) groups.set(bucket(name), (groups.get(bucket(name)) ?? 0) + n);
  console.log(`\nWhere the minified bytes of ${attributed} go:`);
  for (const [name, n] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(18)} ${pad(n, 7)} bytes  ${((100 * n) / code.length).toFixed(1)}%`);
  }
}

console.log('\nBudgets (gzip):');
let failed = false;
for (const [key, budget] of Object.entries(BUDGETS)) {
  const value = totals[key];
  const active = (split || !budget.split) && !budget.known;
  const over = value > budget.max;
  const verdict = budget.known
    ? `${over ? 'over' : 'ok'} (${budget.known})`
    : !active
      ? 'not enforced until the build is split'
      : over
        ? 'EXCEEDED'
        : 'ok';
  const goal = budget.goal ? `, goal ${kb(budget.goal)}` : '';
  console.log(`  ${budget.label.padEnd(50)} ${kb(value).padStart(8)} ≤ ${kb(budget.max)}${goal}: ${verdict}`);
  if (active && over && (ENFORCED.length === 0 || ENFORCED.includes(key))) failed = true;
}
for (const key of ENFORCED) {
  if (!(key in BUDGETS)) {
    console.error(`size: no budget "${key}"; there are ${Object.keys(BUDGETS).join(', ')}.`);
    process.exit(2);
  }
}
if (failed) {
  console.error(`\nsize: ${ENFORCED.length ? `an enforced budget (${ENFORCED.join(', ')})` : 'a budget'} is exceeded.`);
  process.exit(1);
}
