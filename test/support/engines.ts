import { emulateMedia as emulateMediaCommand } from '@web/test-runner-commands';

/**
 * Which engine runs the tests (see web-test-runner.config.js). Firefox ESR is driven over WebDriver
 * BiDi, where `emulateMedia` (prefers-reduced-motion, print, color scheme, forced colours) is not
 * available: tests that need it run in Chromium alone and show as skipped in Firefox.
 */
export const inFirefox = navigator.userAgent.includes('Firefox/');

/** `describe` that runs in Chromium only: for suites that emulate media. */
export const describeChromium: Mocha.SuiteFunction = inFirefox ? (describe.skip as Mocha.SuiteFunction) : describe;

/** `it` that runs in Chromium only: for tests that emulate media. */
export const itChromium: Mocha.TestFunction = inFirefox ? (it.skip as Mocha.TestFunction) : it;

type Media = Parameters<typeof emulateMediaCommand>[0];

const isDefault = (media: Media) =>
  Object.entries(media).every(([key, value]) =>
    key === 'media' ? value === 'screen' : value === 'no-preference' || value === 'none',
  );

/**
 * `emulateMedia` from @web/test-runner-commands, usable in shared hooks: going back to the defaults
 * (`screen`, `no-preference`, `none`) does nothing in Firefox, where nothing was emulated. Emulating anything
 * else there throws, so a test that forgot `itChromium` fails loudly instead of testing nothing.
 */
export async function emulateMedia(media: Media): Promise<void> {
  if (!inFirefox) return emulateMediaCommand(media);
  if (isDefault(media)) return;
  throw new Error(`emulateMedia(${JSON.stringify(media)}) needs Chromium: use itChromium/describeChromium.`);
}
