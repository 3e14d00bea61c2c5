import { expect } from '@open-wc/testing';
import { modelEn } from '../../src/content/en/model.js';
import { resultsEn } from '../../src/content/en/results.js';
import { uiEn } from '../../src/content/en/ui.js';
import { viewsLaterEn } from '../../src/content/en/views-later.js';
import { viewsEn as viewsFirstEn } from '../../src/content/en/views.js';
import { flowerEn } from '../../src/content/en/flower.js';
import { modelNl } from '../../src/content/nl/model.js';
import { resultsNl } from '../../src/content/nl/results.js';
import { uiNl } from '../../src/content/nl/ui.js';
import { viewsLaterNl } from '../../src/content/nl/views-later.js';
import { viewsNl as viewsFirstNl } from '../../src/content/nl/views.js';
import { flowerNl } from '../../src/content/nl/flower.js';
import { RUN, WINDOW, copiedRuns } from './shingles.mjs';

const viewsNl = { ...viewsFirstNl, ...viewsLaterNl };
const viewsEn = { ...viewsFirstEn, ...viewsLaterEn };

/** Every text of a table: strings, and the source of functions (their fixed words are text too). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, value.toString()]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

const TABLES = {
  nl: { model: modelNl, ui: uiNl, results: resultsNl, views: viewsNl, flower: flowerNl },
  en: { model: modelEn, ui: uiEn, results: resultsEn, views: viewsEn, flower: flowerEn },
};

/** The runs of `RUN` words a text shares with the research text. */
const copied = (text: string, source: ReadonlySet<number>) => copiedRuns(text, source);

describe('content in our own words', () => {
  let source: Set<number>;
  before(async () => {
    // Hashes of every run of 12 words of the research text (scripts/source-shingles.mjs writes them).
    const data = await (await fetch(new URL('./source-shingles.json', import.meta.url))).json();
    expect(data.run).to.equal(RUN);
    expect(data.window).to.equal(WINDOW);
    const bytes = Uint8Array.from(atob(data.uint32le), (c) => c.charCodeAt(0));
    source = new Set(new Uint32Array(bytes.buffer));
    expect(source.size).to.be.greaterThan(15000);
  });

  it('finds a copied run: the check itself works', () => {
    // A sentence of the source (factor 6's description), with other case and punctuation.
    const quote =
      'We delen de overtuiging dat samenwerken essentieel is om onze doelen te behalen; we zijn daarom bereid...';
    expect(copied(quote, source)).to.have.length.greaterThan(0);
    // Where the scan glued words together ("Hetelkaarleren kennen en het opbouwen van onderling vertrouwen").
    expect(
      copied('Het elkaar leren kennen en het opbouwen van onderling vertrouwen lijkt vanzelfsprekend, maar', source),
    ).to.have.length.greaterThan(0);
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`${locale}: no text shares a run of ${RUN} or more consecutive words with the research text`, () => {
      const problems = texts(TABLES[locale]).flatMap(([path, text]) =>
        copied(text, source).map((run) => `${path}: “${run}”`),
      );
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
