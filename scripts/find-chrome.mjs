import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The first Chrome or Chromium on this machine; tests never download a browser of their own. */
export function findChrome() {
  return CANDIDATES.find((path) => path && existsSync(path));
}
