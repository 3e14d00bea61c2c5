import { expect } from '@open-wc/testing';
import { flowerEn } from '../../src/content/en/flower.js';
import { modelEn } from '../../src/content/en/model.js';
import { resultsEn } from '../../src/content/en/results.js';
import { screensEn } from '../../src/content/en/screens.js';
import { uiEn } from '../../src/content/en/ui.js';
import { viewsLaterEn } from '../../src/content/en/views-later.js';
import { viewsEn as viewsFirstEn } from '../../src/content/en/views.js';
import { flowerNl } from '../../src/content/nl/flower.js';
import { modelNl } from '../../src/content/nl/model.js';
import { resultsNl } from '../../src/content/nl/results.js';
import { screensNl } from '../../src/content/nl/screens.js';
import { uiNl } from '../../src/content/nl/ui.js';
import { viewsLaterNl } from '../../src/content/nl/views-later.js';
import { viewsNl as viewsFirstNl } from '../../src/content/nl/views.js';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';

const viewsNl = { ...viewsFirstNl, ...viewsLaterNl };
const viewsEn = { ...viewsFirstEn, ...viewsLaterEn };

const FACTORS = DEFAULT_MODEL.factors;

/** Every leaf of a table with its path; arrays count as leaves by index, so their lengths are compared too. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      for (const [p, t] of shape(child, `${path}.${key}`)) out.set(p, t);
  } else {
    out.set(path, typeof value);
  }
  return out;
}

const NL = { model: modelNl, ui: uiNl, results: resultsNl, views: viewsNl, flower: flowerNl, screens: screensNl };
const EN = { model: modelEn, ui: uiEn, results: resultsEn, views: viewsEn, flower: flowerEn, screens: screensEn };

/** All strings of a table. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('texts', () => {
  it('Dutch and English have the same shape: the same keys, list lengths and kinds of value', () => {
    const nl = shape(NL);
    const en = shape(EN);
    expect([...en.keys()].sort()).to.deep.equal([...nl.keys()].sort());
    for (const [key, kind] of nl) expect(en.get(key), key).to.equal(kind);
  });

  it('refers to a factor in the texts exactly when the model links the two, in both languages', () => {
    for (const factor of FACTORS) {
      const related = factor.related.map((id) => FACTORS.find((f) => f.id === id)!.number).sort((a, b) => a - b);
      for (const model of [modelNl, modelEn]) {
        const text = strings(model.factors[factor.id as keyof typeof model.factors]).join(' ');
        const named = [...text.matchAll(/(?:factor|factors) (\d+)/g)].map((m) => Number(m[1]));
        expect(
          [...new Set(named)].sort((a, b) => a - b),
          factor.id,
        ).to.deep.equal(related);
      }
    }
  });

  it('links the factors the research connects: 4→3, 8→1, 8→11, 9↔10, 7→11, 12→10', () => {
    const rel = (id: string) => FACTORS.find((f) => f.id === id)!.related;
    expect(rel('competition-sensitivity')).to.include('community-building');
    expect(rel('reputation')).to.include.members(['commitment', 'home-organisation']);
    expect(rel('long-term-support')).to.include('idea-to-application');
    expect(rel('idea-to-application')).to.include('long-term-support');
    expect(rel('interim-results')).to.include('home-organisation');
    expect(rel('system-innovation')).to.include('idea-to-application');
  });

  it('puts building mutual trust first under competitive sensitivity', () => {
    expect(modelNl.factors['competition-sensitivity'].tips[0]).to.match(/^Bouw eerst aan onderling vertrouwen/);
    expect(modelEn.factors['competition-sensitivity'].tips[0]).to.match(/^Build mutual trust first/);
  });

  it('says "spanningsveld"/"tension", not "botsen"/"clash", and keeps options as options (factors 9 and 10)', () => {
    const all = [...strings(NL), ...strings(EN)].join('\n');
    expect(all).not.to.match(/botsen|botst|clash/i);
    expect(modelNl.factors['long-term-support'].findings.join(' ')).to.contain('spanningsveld');
    expect(modelNl.factors['long-term-support'].tips.join(' ')).not.to.contain('Vraag subsidie aan');
    expect(modelNl.factors['idea-to-application'].tips[0]).to.match(/^Startups of R&D-afdelingen kunnen/);
    expect(modelEn.factors['idea-to-application'].tips[0]).to.match(/^Startups or R&D departments can/);
  });

  it('addresses one participant as "je/jouw" and the community as "jullie" in Dutch', () => {
    expect(uiNl.results.heading).to.equal('Jouw bloem');
    expect(viewsNl.history.heading).to.match(/^Jouw /);
    const tips = Object.values(modelNl.factors).flatMap((f) => [...f.tips, ...f.findings]);
    // the community's own goals and choices are "jullie", never a loose "je" ("wat je wilt bereiken")
    for (const tip of tips)
      expect(tip, tip).not.to.match(/\b(je wilt|je nodig hebt|je vormt|je maakt|heb je elkaar)\b/);
  });

  it('uses one term for each idea: "out of 100", average score, participants', () => {
    const en = strings(EN).join('\n');
    expect(en).not.to.match(/\d+ of 100|\} of 100/);
    expect(en).not.to.match(/overall score/i);
    expect(en).not.to.match(/respondents?\b/);
    expect(strings(NL).join('\n')).not.to.match(/respondent|totaalscore/i);
    expect(flowerNl.columns.change).to.equal(viewsNl.history.change);
    expect(flowerEn.columns.change).to.equal(viewsEn.history.change);
  });

  it('uses the agreed English labels of the role question', () => {
    expect(uiEn.role.legend).to.match(/^Which kind of organisation do you represent\?/);
    expect(uiEn.role.options.knowledge).to.equal('Research institution');
    expect(uiEn.role.options.education).to.equal('Educational institution');
    expect(uiEn.role.none).to.equal('Prefer not to say');
    expect(strings(EN).join('\n')).not.to.match(/home base/);
  });
});
