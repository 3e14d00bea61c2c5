// Installs Debian's Firefox ESR when no Firefox is on the machine: the browser tests run in it too.
import { execSync } from 'node:child_process';
import { findFirefox } from './find-firefox.mjs';

if (!findFirefox() && !/^chromium$/.test(process.env.WTR_BROWSERS ?? '')) {
  console.log("No Firefox found; installing Debian's firefox-esr …");
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq firefox-esr`, { stdio: 'inherit' });
  if (!findFirefox()) {
    console.error('Firefox could not be installed; set FIREFOX_PATH, or WTR_BROWSERS=chromium to test in Chromium only.');
    process.exit(1);
  }
}
