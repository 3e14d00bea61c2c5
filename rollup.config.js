import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
// Keep `lit/decorators.js`, `d3-shape` etc. as imports in the library build.
const external = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// es2022 is explicit because esbuild's default leaves standard decorators untranspiled.
const ts = (minify) => esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: 'none' });

export default [
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external,
    plugins: [nodeResolve(), ts(false)],
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
    plugins: [nodeResolve(), ts(true)],
    output: { file: 'dist/cdn/seeds-of-innovation.js', format: 'es', sourcemap: true },
  },
];
