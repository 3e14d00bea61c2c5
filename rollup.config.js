import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// Keep `lit/decorators.js`, `d3-shape` etc. as imports in the library build.
const external = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// The HTML and CSS inside html`` and css`` templates, minified at build time (the Lit team's plugin:
// html-minifier-next and lightningcss); it runs on the TypeScript sources, before esbuild.
const templates = () => minifyTemplates({ failOnError: true });

// es2022 is explicit because esbuild's default would leave class features for the browser to check.
const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
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
    // esbuild transpiles, terser minifies: 2 % smaller gzip than esbuild's own minifier (issue 13).
    input: 'src/cdn.ts',
    plugins: [
      nodeResolve(),
      templates(),
      ts(false),
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        format: { comments: false },
      }),
    ],
    // The minified file keeps a map for stack traces (file, line, original names); without the
    // sources' text, which would double the package (issue 10: 1.28 MB of 2.3 MB were maps).
    output: { file: 'dist/cdn/seeds-of-innovation.js', format: 'es', sourcemap: true, sourcemapExcludeSources: true },
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
