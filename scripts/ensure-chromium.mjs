// Installs Debian's Chromium when no Chrome/Chromium is on the machine, so `npm test` works on a fresh one.
import { execSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  console.log('No Chrome or Chromium found; installing Debian\'s chromium …');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, { stdio: 'inherit' });
  if (!findChrome()) {
    console.error('Chromium could not be installed; set CHROME_PATH to a Chrome or Chromium binary.');
    process.exit(1);
  }
}
