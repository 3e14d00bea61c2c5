import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { findFirefox } from './scripts/find-firefox.mjs';
import './scripts/firefox-bidi-compat.mjs';
import { testEndpoint } from './test/support/endpoint-middleware.mjs';
import { collectorPlugin, collectorProxy } from './test/support/collector-proxy.mjs';

// Two engines: every test runs in Chromium and in Firefox ESR (Debian's firefox-esr, driven over
// WebDriver BiDi by the puppeteer-core that @web/test-runner-chrome bundles; no browser is downloaded).
//
// Chromium-only tests: commands that Firefox over BiDi does not support (`emulateMedia` for
// prefers-reduced-motion, print or forced-colors) go in `describeChromium(...)` / `itChromium(...)`
// from test/support/engines.ts; in Firefox they are reported as skipped. Everything else must pass in both.
//
// WTR_BROWSERS=chromium (or firefox) runs one engine, e.g. while working on a single file:
//   WTR_BROWSERS=chromium npx web-test-runner test/components/flower/flower.test.ts
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

const chromium = chromeLauncher({
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
});

const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // No updates, telemetry or remote settings: this machine has no network beyond the registries.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  },
});
// The launcher calls every puppeteer browser "Chrome" in its progress lines.
firefox.name = 'Firefox';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Firefox takes a while to start on a busy 2-core machine (it writes a fresh profile first).
  browserStartTimeout: 120000,
  // Lit's dev-mode banner repeats for every file and hides real warnings.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // Generous: axe over every step of a questionnaire takes seconds on a loaded 2-core CI machine,
  // and two browsers share the cores (a limit, not a speed assertion).
  testFramework: { config: { timeout: 30000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), collectorPlugin],
  middleware: [testEndpoint, collectorProxy],
  browsers: [wanted.includes('chromium') && chromium, wanted.includes('firefox') && firefox].filter(Boolean),
};
