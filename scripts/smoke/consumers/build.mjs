// Builds every consumer into out/<name>/index.html with the bundlers a host would use.
// Run from ../run.mjs after the packed tarball was installed here; `node build.mjs vite react` builds some.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { build as vite } from 'vite';
import webpack from 'webpack';

const here = dirname(fileURLToPath(import.meta.url));
const out = (name) => join(here, 'out', name);

/** A page for the bundlers that do not process HTML themselves. */
function page(name, scripts) {
  mkdirSync(out(name), { recursive: true });
  const tags = scripts.map(([type, src]) => `<script${type ? ` type="${type}"` : ''} src="${src}"></script>`).join('\n    ');
  writeFileSync(
    join(out(name), 'index.html'),
    `<!doctype html>
<html lang="nl" data-consumer="${name}">
  <head><meta charset="utf-8" /><title>${name} consumer</title></head>
  <body>
    <div id="app"></div>
    ${tags}
  </body>
</html>
`,
  );
}

const viteApp = (name, root, plugins = []) => () =>
  vite({ root: join(here, root), base: './', configFile: false, logLevel: 'warn', plugins, build: { outDir: out(name), emptyOutDir: true } });

const consumers = {
  vite: viteApp('vite', 'vanilla'),
  react: viteApp('react', 'react'),
  vue: viteApp('vue', 'vue', [
    // What a Vue host adds: custom elements are not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('seeds-') } } }),
  ]),
  svelte: viteApp('svelte', 'svelte', [svelte()]),
  esbuild: async () => {
    await esbuild.build({ entryPoints: [join(here, 'vanilla/main.js')], bundle: true, minify: true, format: 'esm', outfile: join(out('esbuild'), 'main.js'), logLevel: 'warning' });
    page('esbuild', [['module', './main.js']]);
  },
  rollup: async () => {
    const bundle = await rollup({ input: join(here, 'vanilla/main.js'), plugins: [nodeResolve()], onwarn: (w) => console.warn(`rollup: ${w.message}`) });
    // A directory, as the widget's later views and languages are import()s rollup splits off.
    await bundle.write({ dir: out('rollup'), entryFileNames: 'main.js', format: 'es' });
    await bundle.close();
    page('rollup', [['module', './main.js']]);
  },
  webpack: () =>
    new Promise((resolve, reject) => {
      const config = { mode: 'production', context: here, entry: './vanilla/main.js', output: { path: out('webpack'), filename: 'main.js' } };
      webpack(config, (error, stats) => {
        if (error || stats.hasErrors()) return reject(error ?? new Error(stats.toString('errors-only')));
        page('webpack', [['', './main.js']]);
        resolve();
      });
    }),
  // The one-file build a CMS page loads, straight out of the installed package.
  cdn: async () => {
    mkdirSync(out('cdn'), { recursive: true });
    cpSync(join(here, 'node_modules/seeds-of-innovation/dist/cdn'), join(out('cdn'), 'cdn'), { recursive: true });
    cpSync(join(here, 'vanilla/page.js'), join(out('cdn'), 'page.js'));
    cpSync(join(here, 'vanilla/cdn.js'), join(out('cdn'), 'cdn.js'));
    mkdirSync(join(out('cdn'), '..', 'shared'), { recursive: true });
    cpSync(join(here, 'shared/sample.js'), join(out('cdn'), '..', 'shared', 'sample.js'));
    page('cdn', [['module', './cdn/seeds-of-innovation.js'], ['module', './cdn.js']]);
  },
  angular: async () => {
    rmSync(out('angular'), { recursive: true, force: true });
    const ng = spawnSync(process.execPath, [join(here, 'node_modules/@angular/cli/bin/ng.js'), 'build'], {
      cwd: here,
      stdio: 'inherit',
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' },
    });
    if (ng.status !== 0) throw new Error(`ng build exited with ${ng.status}`);
  },
};

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(consumers);
let failed = 0;
for (const name of names) {
  const started = Date.now();
  try {
    await consumers[name]();
    console.log(`built ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`FAILED to build ${name}: ${error?.stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
