// The build output the package tests read (custom-elements.json, dist/). `npm test` builds first;
// a test run on its own against a missing or stale build says so instead of testing old output.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws unless every file in `files` (relative to the repository) exists and is newer than src/. */
export function requireBuilt(...files) {
  const sources = newestSource(join(root, 'src'));
  for (const file of files) {
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
    if (statSync(path).mtimeMs < sources) throw new Error(`${file} is older than src/: run \`npm run build\` first (npm test does).`);
  }
  return (file) => join(root, file);
}
