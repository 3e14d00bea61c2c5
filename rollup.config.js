import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { readFileSync, rmSync } from 'node:fs';
import { retryableImports } from './scripts/rollup/retryable-imports.mjs';
import { pureD3Curves } from './scripts/rollup/pure-d3-curves.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// Keep `lit/decorators.js`, `d3-shape` etc. as imports in the library build.
const external = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// The HTML and CSS inside html`` and css`` templates, minified at build time (the Lit team's plugin:
// html-minifier-next and lightningcss); it runs on the TypeScript sources, before esbuild.
const templates = () => minifyTemplates({ failOnError: true });

// es2022 is explicit because esbuild's default would leave class features for the browser to check.
const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });

// Rollup leaves the chunks of an earlier build in place; hashed names would pile up.
rmSync(new URL('./dist/cdn', import.meta.url), { recursive: true, force: true });

const cdnPlugins = () => [
  nodeResolve(),
  pureD3Curves(),
  templates(),
  ts(false),
  // esbuild transpiles, terser minifies: 2 % smaller gzip than esbuild's own minifier (issue 13).
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false },
  }),
];

/**
 * The split CDN build's files: the entry, `delivery` (the outbox: sending, retries, backoff), `checks`
 * (the validators of stored measurements and of responses, and what "Finish" builds a response with:
 * not needed before a first visit's first question), `model-check` (the validator of a host's own
 * model: loaded only when there is one), `flower-png` (the flower's PNG painter: on the first PNG), `views` (results, agenda, the flower), `history` (earlier measurements: fetched ahead only when there are
 * some), `group` (the facilitator's view with its QR encoder), `texts-<locale>` (the first screen's
 * texts), `texts-<locale>-full` (the full instrument's further statements) and `texts-<locale>-later`
 * (the advice and the later views' texts). A later file imports
 * only from the entry (the group and history views also from `views`, which they load with them): a browser keeps a file that failed to load as
 * failed for the rest of the page's life, so a later file must not depend on other later files
 * that may have failed; the entry tries a failed one again under another URL
 * (scripts/rollup/retryable-imports.mjs). Every module is named here, the entry's too: rollup
 * would otherwise pull a module the entry shares with a later file into that later file.
 */
const ENTRY_NAME = 'seeds-of-innovation';
const fileOf = (id) => {
  const path = id.replaceAll('\\', '/');
  const language = path.match(/\/src\/content\/(nl|en)\/(?:(later|full)\.ts)?/);
  if (language) return `texts-${language[1]}${language[2] ? `-${language[2]}` : ''}`;
  if (/\/src\/services\/outbox\.ts$/.test(path)) return 'delivery';
  // The validators, and what "Finish" builds the response with (loaded together: state/completion-file.ts).
  if (/\/src\/(services\/(record-checks|history-records)|state\/completion)\.ts$/.test(path)) return 'checks';
  if (/\/src\/(model\/validate-model|state\/host-model)\.ts$/.test(path)) return 'model-check';
  const own = path.match(/\/src\/components\/(group|history)\//);
  return own ? own[1] : 'views';
};
let plan = null;
const planChunks = (getModuleIds, getModuleInfo) => {
  const closure = (roots) => {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      getModuleInfo(id)?.importedIds.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);
  const first = closure(entries);
  const roots = [...first].flatMap((id) => getModuleInfo(id)?.dynamicallyImportedIds ?? []);
  const owners = new Map();
  for (const root of roots) {
    for (const id of closure([root])) {
      if (first.has(id)) continue;
      owners.set(id, new Set([...(owners.get(id) ?? []), fileOf(root)]));
    }
  }
  const assigned = new Map([...first].map((id) => [id, ENTRY_NAME]));
  for (const [id, files] of owners) {
    // Shared by the views and the group or history view: in `views`, which those load with them. Shared
    // with a language (small helpers such as number formats): in the entry, so that a language
    // file never waits for the views nor the other language.
    const viewsOnly = [...files].every((file) => file === 'views' || file === 'group' || file === 'history');
    const name = files.size === 1 ? [...files][0] : viewsOnly ? 'views' : ENTRY_NAME;
    assigned.set(id, name);
  }
  return assigned;
};
// The flower's PNG painter is imported by the flower (in `views`), not by the entry: its file and its
// loader are placed here. The loader goes in the entry, whose `import()`s are retryable.
const PNG = /\/src\/components\/flower\/(png|canvas)\.ts$/;
const PNG_LOADER = /\/src\/components\/flower\/png-file\.ts$/;
const manualChunks = (id, { getModuleIds, getModuleInfo }) => {
  const path = id.replaceAll('\\', '/');
  if (PNG.test(path)) return 'flower-png';
  if (PNG_LOADER.test(path)) return ENTRY_NAME;
  plan ??= planChunks(getModuleIds, getModuleInfo);
  return plan.get(id);
};

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts', server: 'src/server.ts' },
    external,
    plugins: [nodeResolve(), templates(), ts(false)],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // No source maps: this output is readable ES2022, one file per source module at the same path,
      // and a map without the TypeScript sources (not in the package) would point at nothing.
      sourcemap: false,
    },
  },
  {
    // The CDN entry a host puts in its script tag; later views and texts are files beside it.
    input: { 'seeds-of-innovation': 'src/cdn.ts' },
    // The entry may export to its chunks; otherwise rollup moves its code into a chunk of its own.
    preserveEntrySignatures: 'allow-extension',
    plugins: [...cdnPlugins(), retryableImports()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      // The minified files keep maps for stack traces (file, line, original names); without the
      // sources' text, which would double the package (issue 10: 1.28 MB of 2.3 MB were maps).
      sourcemapExcludeSources: true,
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks,
    },
  },
  {
    // One file with everything inlined, for hosts that can copy only one file.
    input: 'src/cdn.ts',
    plugins: cdnPlugins(),
    output: {
      file: 'dist/cdn/seeds-of-innovation.bundle.js',
      format: 'es',
      sourcemap: true,
      sourcemapExcludeSources: true,
      inlineDynamicImports: true,
    },
  },
  {
    // The page for an <iframe> (src/embed/): dist/embed.html, .css and .js beside dist/cdn/, whose
    // entry the page loads with its own script tag (nothing of the widget is bundled twice).
    input: 'src/embed/embed.ts',
    plugins: [
      ts(true),
      {
        name: 'embed-page',
        generateBundle() {
          for (const fileName of ['embed.html', 'embed.css']) {
            this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8') });
          }
        },
      },
    ],
    output: { file: 'dist/embed.js', format: 'es' },
  },
];
