// Firefox ESR 140.12 (Debian's current firefox-esr) does not implement the WebDriver BiDi command
// `emulation.setScreenOrientationOverride`, which the puppeteer-core bundled with
// @web/test-runner-chrome sends with every `setViewport`. Puppeteer already tolerates the same
// "unknown command" for `setTouchOverride`; this does the same for the orientation override, so the
// suite runs on the ESR that Debian ships instead of failing every test file before it starts.
// The orientation is never asserted by our tests: ignoring it changes nothing they measure.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// @web/test-runner-chrome loads puppeteer-core through require(), so patch the CommonJS build.
const { BrowsingContext } = require('puppeteer-core/internal/bidi/core/BrowsingContext.js');

const original = BrowsingContext.prototype.setScreenOrientationOverride;
if (original && !original.seedsTolerant) {
  const tolerant = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      const message = String(error?.message ?? '');
      if (message.includes('unknown command') || message.includes('unsupported operation')) return;
      throw error;
    }
  };
  tolerant.seedsTolerant = true;
  BrowsingContext.prototype.setScreenOrientationOverride = tolerant;
}
