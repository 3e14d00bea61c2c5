/**
 * Shared by the content test and scripts/source-shingles.mjs: how a text becomes letters and
 * fingerprints. Comparing letters with the spaces taken out makes the check blind to spacing, so
 * "te veel" matches the scan's "teveel" and a glued "Hetelkaarleren" matches "het elkaar leren".
 */

/** How many consecutive words count as copying. */
export const RUN = 12;
/** Length of the letter windows that are fingerprinted. */
export const WINDOW = 32;

/** Lower-case words without accents or punctuation: "R&D-afdelingen," → ["r", "d", "afdelingen"]. */
export function words(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a (32 bits) of a string. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fingerprints of every window of `WINDOW` letters in a string of letters. */
export function windows(letters) {
  const out = [];
  for (let i = 0; i + WINDOW <= letters.length; i++) out.push(hash(letters.slice(i, i + WINDOW)));
  return out;
}

/**
 * The runs of `RUN` words of `text` that occur in the source, given the source's window
 * fingerprints: a run counts as copied when every window of its letters is in the source.
 */
export function copiedRuns(text, source) {
  const w = words(text);
  const found = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN);
    const letters = run.join('');
    const prints = windows(letters);
    if (prints.length > 0 && prints.every((p) => source.has(p))) found.push(run.join(' '));
  }
  return found;
}
