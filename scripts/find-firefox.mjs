import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The first Firefox on this machine (Debian's firefox-esr in CI); tests never download a browser of their own. */
export function findFirefox() {
  return CANDIDATES.find((path) => path && existsSync(path));
}
