import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { testEndpoint } from './test/support/endpoint-middleware.mjs';
import { collectorPlugin, collectorProxy } from './test/support/collector-proxy.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Lit's dev-mode banner repeats for every file and hides real warnings.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // Generous: axe over every step of a questionnaire takes seconds on a loaded 2-core CI machine.
  testFramework: { config: { timeout: 30000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), collectorPlugin],
  middleware: [testEndpoint, collectorProxy],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        // Root needs --no-sandbox; the rest keeps Chromium off a network this machine does not have.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
