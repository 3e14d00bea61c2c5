import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// Keep `lit/decorators.js`, `d3-shape` etc. as imports in the library build.
const external = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// es2022 is explicit because esbuild's default leaves standard decorators untranspiled.
// The HTML and CSS inside html`` and css`` templates, minified at build time (the Lit team's plugin:
// html-minifier-next and lightningcss); it runs on the TypeScript sources, before esbuild.
const templates = () => minifyTemplates({ failOnError: true });

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
      sourcemap: true,
    },
  },
  {
    input: 'src/define.ts',
    plugins: [nodeResolve(), templates(), ts(true)],
    output: { file: 'dist/cdn/seeds-of-innovation.js', format: 'es', sourcemap: true },
  },
];
