import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL, FACTOR_IDS } from '../../src/content/default-model.js';
import { GROUP_IDS, isInstrumentId, questionItems, THEME_OF_GROUP } from '../../src/model/model.js';
import { questionnaireSteps } from '../../src/model/steps.js';

const EXPECTED = [
  ['commitment', 'people'],
  ['qualities-roles', 'people'],
  ['community-building', 'process'],
  ['competition-sensitivity', 'process'],
  ['shared-vision', 'content'],
  ['together', 'content'],
  ['interim-results', 'content'],
  ['reputation', 'precondition'],
  ['long-term-support', 'outcomes'],
  ['idea-to-application', 'outcomes'],
  ['home-organisation', 'outcomes'],
  ['system-innovation', 'outcomes'],
];

const FACTORS = DEFAULT_MODEL.factors;

describe('DEFAULT_MODEL', () => {
  it('holds the twelve ids in the research order with their groups', () => {
    expect(FACTORS.map((f) => [f.id, f.group])).to.deep.equal(EXPECTED);
    expect(FACTORS.map((f) => f.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([...FACTOR_IDS]).to.deep.equal(EXPECTED.map(([id]) => id));
  });
  it('puts factors 1–8 in the collaboration theme and 9–12 in the outcomes theme', () => {
    expect(FACTORS.map((f) => THEME_OF_GROUP[f.group])).to.deep.equal([
      ...Array(8).fill('collaboration'),
      ...Array(4).fill('outcomes'),
    ]);
  });
  it('records the cross-references of the tips', () => {
    const related = Object.fromEntries(
      FACTORS.map((f) => [f.number, f.related.map((id) => FACTORS.find((x) => x.id === id)!.number)]),
    );
    expect(related[5]).to.deep.equal([1, 7]);
    expect(related[7]).to.deep.equal([8, 11]);
    expect(related[11]).to.deep.equal([7, 8]);
    expect(related[3]).to.deep.equal([4]);
    expect(related[4]).to.deep.equal([3]);
    expect(related[8]).to.deep.equal([1, 11]);
    expect(related[9]).to.deep.equal([10]);
    expect(related[10]).to.deep.equal([9]);
    expect(related[12]).to.deep.equal([10]);
  });
});

describe('questionItems(model, instrument)', () => {
  it("quick asks 12 statements, each factor's first, with ids <factor>.1", () => {
    expect(questionItems(DEFAULT_MODEL, 'quick').map((i) => [i.id, i.factor])).to.deep.equal(
      FACTOR_IDS.map((id) => [`${id}.1`, id]),
    );
  });
  it('full asks 36 statements, three per factor, with ids <factor>.<n> and their texts', () => {
    const items = questionItems(DEFAULT_MODEL, 'full');
    expect(items).to.have.length(36);
    expect(items.slice(0, 3).map((i) => i.id)).to.deep.equal(['commitment.1', 'commitment.2', 'commitment.3']);
    for (const item of items) expect(item.id.startsWith(`${item.factor}.`)).to.equal(true);
    expect(items[0].text).to.equal(DEFAULT_MODEL.factors[0].items[0].text);
  });
  it('follows a host model: its factors, in its order', () => {
    const text = { nl: 'x', en: 'x' };
    const model = {
      factors: [
        {
          ...DEFAULT_MODEL.factors[1],
          items: [
            { id: 'b.1', text },
            { id: 'b.2', text },
          ],
        },
        { ...DEFAULT_MODEL.factors[0], items: [{ id: 'a.1', text }] },
      ],
    };
    expect(questionItems(model, 'quick').map((i) => i.id)).to.deep.equal(['b.1', 'a.1']);
    expect(questionItems(model, 'full').map((i) => i.id)).to.deep.equal(['b.1', 'b.2', 'a.1']);
  });
  it('knows the instrument ids', () => {
    expect(['quick', 'full', 'long', '', null].map(isInstrumentId)).to.deep.equal([true, true, false, false, false]);
  });
});

describe('questionnaireSteps(model, instrument)', () => {
  it('is the role question followed by one step per group in group order', () => {
    const steps = questionnaireSteps(DEFAULT_MODEL, 'full');
    expect(steps.map((s) => (s.kind === 'role' ? 'role' : s.group))).to.deep.equal(['role', ...GROUP_IDS]);
    expect(steps.map((s) => (s.kind === 'group' ? s.items.length : 0))).to.deep.equal([0, 6, 6, 9, 3, 12]);
  });
});
