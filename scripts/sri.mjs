#!/usr/bin/env node
/**
 * Subresource Integrity for the CDN build, run at the end of `npm run build`:
 * 1. writes dist/cdn/seeds-of-innovation.classic.js, a loader for pages that cannot give a script
 *    `type="module"` (a CMS that strips the attribute): it adds the module script itself, with the
 *    entry's integrity, and says in the console what went wrong when that fails (a plain
 *    `<script src=".../seeds-of-innovation.js">` cannot: the browser stops at its first `export`);
 * 2. writes dist/cdn/integrity.json: `sha384-…` of every JavaScript file in dist/cdn;
 * 3. prints the pinned script tags (jsDelivr and unpkg, version from package.json) to paste, and a
 *    `<link rel="modulepreload">` per language for its first screen's texts: a host page whose
 *    language is known puts that one in its <head>, and the texts load beside the entry instead of
 *    after it (the entry asks for them only once it runs).
 *
 *   node scripts/sri.mjs            (after rollup; `npm run sri` builds nothing, it reads dist/cdn)
 *   node scripts/sri.mjs --readme         also pins README.md's CDN URLs and integrity values to this build
 *   node scripts/sri.mjs --check-readme   exits 1 when README.md's differ (before a release)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dir = join(repo, 'dist/cdn');
const ENTRY = 'seeds-of-innovation.js';
const LOADER = 'seeds-of-innovation.classic.js';
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The classic loader. It parses as a classic script and as a module (no import/export, no
 * import.meta); its own tag names its URL, and the entry sits beside it. The injected tag copies the
 * loader's nonce and crossorigin, so a CSP that allowed the loader allows the entry.
 */
export function loaderSource(entry, integrity) {
  const messages = {
    old: 'seeds-of-innovation: this browser cannot run JavaScript modules; the widget needs a browser from 2018 or later.',
    failed: [
      'seeds-of-innovation: the widget did not load from ',
      '. Is the file there, does the Content-Security-Policy allow it (script-src), and does it match its integrity? npm run sri prints the tags for a build.',
    ],
  };
  // With type="module" after all, currentScript is null: the tag is found by its file name.
  return `/* seeds-of-innovation ${pkg.version}: loads ${entry} for a page whose <script> tag cannot say type="module". */
(function () {
  var me = document.currentScript || document.querySelector('script[src*="${LOADER}"]');
  var tag = document.createElement('script');
  if (!('noModule' in tag)) {
    console.error(${JSON.stringify(messages.old)});
    return;
  }
  var src = new URL(${JSON.stringify(entry)}, me.src).href;
  tag.type = 'module';
  tag.src = src;
  tag.integrity = ${JSON.stringify(integrity)};
  tag.crossOrigin = me.crossOrigin || 'anonymous';
  if (me.nonce) tag.nonce = me.nonce;
  tag.addEventListener('error', function () {
    console.error(${JSON.stringify(messages.failed[0])} + src + ${JSON.stringify(messages.failed[1])});
  });
  me.after(tag);
})();
`;
}

export function writeIntegrity() {
  if (!existsSync(join(dir, ENTRY))) throw new Error(`${dir}/${ENTRY} is missing: run npm run build first.`);
  writeFileSync(join(dir, LOADER), loaderSource(ENTRY, sri(readFileSync(join(dir, ENTRY)))));
  const files = Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => [f.replaceAll('\\', '/'), sri(readFileSync(join(dir, f)))]),
  );
  const record = { package: pkg.name, version: pkg.version, algorithm: 'sha384', files };
  writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/**
 * README.md with every pinned CDN URL at this version and every `sha384-…` set to the file it
 * belongs to: the entry or the classic loader, whichever of the two names comes last before it
 * (in a tag, or in the Drupal library above its `integrity:` line).
 */
export function pinReadme(text, { version, files }) {
  const pinned = text.replace(/(seeds-of-innovation@)\d+\.\d+\.\d+[\w.-]*(\/dist\/cdn\/)/g, `$1${version}$2`);
  return pinned.replace(/sha384-[A-Za-z0-9+/=]+/g, (hash, at) => {
    const before = pinned.slice(0, at);
    return before.lastIndexOf(LOADER) > before.lastIndexOf(`/${ENTRY}`) ? files[LOADER] : files[ENTRY];
  });
}

/** The tags a host pastes, pinned to this version. */
export function tags({ version, files }, base = `https://cdn.jsdelivr.net/npm/${pkg.name}@${version}/dist/cdn/`) {
  // The first screen's texts of each language: `texts-<locale>-<hash>.js`, not `…-later-…` nor
  // `…-full-…` (the full instrument's further statements).
  const preload = Object.keys(files)
    .filter((f) => /^texts-[a-z]{2}-(?!later-|full-)[\w-]+\.js$/.test(f))
    .map((f) => `<link rel="modulepreload" href="${base}${f}" integrity="${files[f]}" crossorigin="anonymous">`);
  return {
    module: `<script type="module" src="${base}${ENTRY}" integrity="${files[ENTRY]}" crossorigin="anonymous"></script>`,
    classic: `<script src="${base}${LOADER}" integrity="${files[LOADER]}" crossorigin="anonymous"></script>`,
    preload,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const record = writeIntegrity();
  const jsdelivr = tags(record);
  const unpkg = tags(record, `https://unpkg.com/${pkg.name}@${record.version}/dist/cdn/`);
  console.log(`dist/cdn/integrity.json: ${Object.keys(record.files).length} files, ${pkg.name}@${record.version}`);
  console.log(`\njsDelivr, as a module:\n${jsdelivr.module}\njsDelivr, where type="module" is not allowed:\n${jsdelivr.classic}`);
  console.log(`\nunpkg:\n${unpkg.module}\n${unpkg.classic}`);
  console.log(`\nOptional, in the <head>: the language shown, loaded beside the entry (jsDelivr):\n${jsdelivr.preload.join('\n')}`);
  if (process.argv.includes('--readme') || process.argv.includes('--check-readme')) {
    const readme = join(repo, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const updated = pinReadme(text, record);
    if (process.argv.includes('--check-readme')) {
      if (updated !== text) {
        console.error('\nREADME.md: pinned version or integrity differs from this build; run npm run sri -- --readme.');
        process.exit(1);
      }
      console.log('\nREADME.md: pinned version and integrity match this build.');
      process.exit(0);
    }
    writeFileSync(readme, updated);
    console.log('\nREADME.md: tags updated.');
  }
}
