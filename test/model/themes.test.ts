import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { themeScores } from '../../src/model/themes.js';

describe('themeScores(model, scores)', () => {
  it('averages factors 1–8 as developing the collaboration and 9–12 as sustaining the outcomes', () => {
    const scores = Object.fromEntries(DEFAULT_MODEL.factors.map((f) => [f.id, f.number <= 8 ? 75 : 25]));
    expect(themeScores(DEFAULT_MODEL, scores)).to.deep.equal({ collaboration: 75, outcomes: 25 });
  });

  it('leaves out factors without a score, and is null for a theme with none', () => {
    const scores = { commitment: 100, 'qualities-roles': 50, 'long-term-support': null };
    expect(themeScores(DEFAULT_MODEL, scores)).to.deep.equal({ collaboration: 75, outcomes: null });
  });
});
