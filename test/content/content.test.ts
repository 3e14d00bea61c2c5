import { expect } from '@open-wc/testing';
import { modelEn } from '../../src/content/en/model.js';
import { uiEn } from '../../src/content/en/ui.js';
import { modelNl } from '../../src/content/nl/model.js';
import { uiNl } from '../../src/content/nl/ui.js';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { INSTRUMENT_VERSION, WORDING_CHANGES } from '../../src/content/versions.js';
import { FACTOR_IDS } from '../../src/content/default-model.js';
import { GROUP_IDS, THEME_IDS } from '../../src/model/model.js';
import { ITEMS_V1 } from './items-v1.js';

/** Every leaf path of a nested table, so two languages can be compared key by key. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      for (const [p, v] of leaves(child, `${path}.${key}`)) out.set(p, v);
  } else {
    out.set(path, value);
  }
  return out;
}

const TITLES = {
  nl: [
    'Gedreven en persoonlijk gecommitteerd zijn',
    '(De som van) kwaliteiten van mensen en rollen',
    'Continue aandacht voor community vorming',
    'Hanteren van concurrentiegevoeligheid',
    'Een gedeelde visie op de toekomst opbouwen',
    "Bewustzijn van 'samen moeten we het doen'",
    'Tussentijdse en meetbare resultaten delen',
    'Werken aan een goede reputatie',
    '(Verzekeren van) langdurige (financiële) ondersteuning',
    'Aandacht voor ontstaan van vacuüm tussen ideeontwikkeling en toepassing van de resultaten',
    'Eigen organisatie meenemen in het gezamenlijke verhaal',
    'Systeeminnovatie: breder kijken',
  ],
  en: [
    'Driven and personally committed',
    "(The sum of) people's qualities and roles",
    'Continuous attention to community building',
    'Handling competitive sensitivity',
    'Building a shared vision of the future',
    "Awareness that 'we must do it together'",
    'Sharing interim and measurable results',
    'Working on a good reputation',
    '(Securing) long-term (financial) support',
    'Minding the gap between idea development and application',
    'Taking your own organisation along in the shared story',
    'System innovation: looking wider',
  ],
};

describe('content', () => {
  for (const [locale, model] of [
    ['nl', modelNl],
    ['en', modelEn],
  ] as const) {
    it(`${locale}: every factor has a source title, short label, description, findings and tips`, () => {
      expect(FACTOR_IDS.map((id) => model.factors[id].title)).to.deep.equal(TITLES[locale]);
      for (const id of FACTOR_IDS) {
        const f = model.factors[id];
        expect(f.short.length, `${id} short`).to.be.at.least(3).and.at.most(28);
        expect(f.description.length, `${id} description`).to.be.greaterThan(20);
        expect(f.findings.length, `${id} findings`).to.be.at.least(2);
        expect(f.tips.length, `${id} tips`).to.be.at.least(2);
        for (const text of [...f.findings, ...f.tips]) expect(text.trim().length).to.be.greaterThan(20);
      }
    });
    it(`${locale}: every item has a statement, and group and theme names exist`, () => {
      for (const id of FACTOR_IDS)
        for (const n of [1, 2, 3])
          expect(model.items[`${id}.${n}`], `${id}.${n}`).to.be.a('string').with.length.greaterThan(15);
      expect(Object.keys(model.items)).to.have.length(36);
      for (const g of GROUP_IDS) expect(model.groups[g]).to.be.a('string').and.not.empty;
      for (const t of THEME_IDS) expect(model.themes[t]).to.be.a('string').and.not.empty;
    });
  }

  it('Dutch and English have the same number of findings and tips per factor', () => {
    for (const id of FACTOR_IDS) {
      expect(modelEn.factors[id].findings.length, id).to.equal(modelNl.factors[id].findings.length);
      expect(modelEn.factors[id].tips.length, id).to.equal(modelNl.factors[id].tips.length);
    }
  });

  it('Dutch and English interface tables have the same keys, none empty', () => {
    const nl = leaves(uiNl);
    const en = leaves(uiEn);
    expect([...en.keys()].sort()).to.deep.equal([...nl.keys()].sort());
    for (const [key, value] of [...nl, ...en]) {
      if (typeof value === 'string') expect(value.trim(), key).to.not.equal('');
      else expect(value, key).to.be.a('function');
    }
  });

  it('contains no HTML markup in any text', () => {
    const all = [
      ...leaves(modelNl).values(),
      ...leaves(modelEn).values(),
      ...leaves(uiNl).values(),
      ...leaves(uiEn).values(),
    ];
    for (const text of all) if (typeof text === 'string') expect(text).to.not.match(/<[a-z/]/i);
  });

  it('lists exactly the statements whose wording differs from version 1 as changed in version 2', () => {
    expect(INSTRUMENT_VERSION).to.equal(2);
    expect(DEFAULT_MODEL.instrumentVersion).to.equal(INSTRUMENT_VERSION);
    const differ = Object.keys(ITEMS_V1).filter(
      (id) => ITEMS_V1[id].nl !== modelNl.items[id] || ITEMS_V1[id].en !== modelEn.items[id],
    );
    expect([...WORDING_CHANGES[2]].sort()).to.deep.equal(differ.sort());
    for (const f of DEFAULT_MODEL.factors)
      for (const item of f.items)
        expect(item.wordingVersion, item.id).to.equal(differ.includes(item.id) ? 2 : undefined);
  });

  it('every statement is one sentence, and no two statements are the same', () => {
    for (const items of [modelNl.items, modelEn.items]) {
      const texts = Object.values(items);
      expect(new Set(texts).size).to.equal(texts.length);
      for (const text of texts) expect(text.match(/[.?!]/g), text).to.have.length(1);
    }
  });

  it('says before the statements who "we" is and that "Don\'t know" also means "does not apply"', () => {
    expect(uiNl.intro.we).to.contain('hele learning community').and.to.contain('Weet ik niet');
    expect(uiNl.intro.we).to.contain('niet van toepassing');
    expect(uiEn.intro.we).to.contain('whole learning community').and.to.contain('Don’t know');
    expect(uiEn.intro.we).to.contain('does not apply');
  });
});
