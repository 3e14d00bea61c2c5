// Builds the collector into dist/ with esbuild: one ES module per entry, npm packages left as imports.
// Bundling (rather than tsc's file-by-file output) lets the collector share the widget's pure model code
// (src/model/csv.ts) without a second copy; `npm run typecheck` at the root type-checks it.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  absWorkingDir: new URL('.', import.meta.url).pathname,
  outdir: 'dist',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
