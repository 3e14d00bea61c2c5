#!/usr/bin/env node
/**
 * Writes test/content/source-shingles.json: fingerprints of every window of 32 letters of the
 * research text (spaces and punctuation removed), so that the content test can check that none
 * of our texts copies 12 words in a row from it, without the repository holding the text itself.
 *
 * Usage: node scripts/source-shingles.mjs /path/to/succesfactoren-learning-communities.txt
 *
 * The source is a scanned PDF: a few letters are misread ("ledere" for "Iedere"); those are put right
 * first. Glued words need nothing: the comparison ignores spaces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RUN, WINDOW, windows, words } from '../test/content/shingles.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/source-shingles.mjs <source.txt>');
  process.exit(1);
}
const MISREAD = { ledere: 'iedere', lederen: 'iedereen', persoonlifk: 'persoonlijk', '0ok': 'ook', afgedeki: 'afgedekt' };
const letters = words(readFileSync(file, 'utf8'))
  .map((w) => MISREAD[w] ?? w)
  .join('');
const prints = [...new Set(windows(letters))].sort((a, b) => a - b);
const bytes = new Uint8Array(new Uint32Array(prints).buffer);
writeFileSync(
  new URL('../test/content/source-shingles.json', import.meta.url),
  `${JSON.stringify({ run: RUN, window: WINDOW, letters: letters.length, uint32le: Buffer.from(bytes).toString('base64') })}\n`,
);
console.log(`${letters.length} letters, ${prints.length} windows of ${WINDOW}`);
