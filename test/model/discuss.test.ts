import { expect } from '@open-wc/testing';
import { summarize } from '../../src/model/stats.js';
import { isPolarised } from '../../src/model/attention.js';
import { discussFirst } from '../../src/model/discuss.js';
import type { Model, ModelFactor } from '../../src/model/model.js';

const model: Model = {
  factors: ['a', 'b', 'c', 'd', 'e'].map((id, i): ModelFactor => ({
    id,
    number: i + 1,
    group: 'people',
    related: [],
    content: { nl: { title: id }, en: { title: id } },
    items: [{ id: `${id}.1`, text: { nl: id, en: id } }],
  })),
};
const answers = (...values: number[]) => summarize(values.map((v) => (v - 1) * 25));

describe('isPolarised(spread)', () => {
  it('4,4,4,5,5,5 is agreement, not a disagreement', () => {
    expect(isPolarised(answers(4, 4, 4, 5, 5, 5))).to.equal(false);
  });
  it('1,1,1,5,5,5 is a disagreement', () => {
    expect(isPolarised(answers(1, 1, 1, 5, 5, 5))).to.equal(true);
  });
  it('needs at least four respondents', () => {
    expect(isPolarised(answers(1, 5, 5))).to.equal(false);
    expect(isPolarised(answers(1, 1, 5, 5))).to.equal(true);
  });
  it('one outlier on the other side is no disagreement', () => {
    expect(isPolarised(answers(1, 4, 4, 4, 5, 5))).to.equal(false);
  });
  it('a neutral middle with both sides is; null spread is not', () => {
    expect(isPolarised(answers(2, 2, 3, 4, 4))).to.equal(true);
    expect(isPolarised(null)).to.equal(false);
  });
});

describe('discussFirst(model, scores, spread)', () => {
  it('names the lowest (a tie group as a whole), then at most three disagreements, widest first', () => {
    const spread = {
      a: answers(1, 1, 5, 5),
      b: answers(2, 2, 4, 4),
      c: answers(1, 1, 1, 5, 5, 5),
      d: answers(2, 2, 4, 5),
      e: answers(1, 2, 5, 5),
    };
    const scores = { a: 50, b: 50, c: 50, d: 60, e: 55 };
    const first = discussFirst(model, scores, spread);
    expect(first.lowest).to.deep.equal(['a', 'b', 'c']);
    expect(first.disagreements).to.have.length(3);
    expect(first.disagreements.slice(0, 2)).to.deep.equal(['a', 'c']);
    expect(first.all.slice(0, 3)).to.deep.equal(['a', 'b', 'c']);
    expect(new Set(first.all).size).to.equal(first.all.length);
  });

  it('leaves out factors nobody scored and names no disagreement without one', () => {
    const first = discussFirst(model, { a: 80, b: null, c: 20, d: 40, e: 90 }, {});
    expect(first.lowest).to.deep.equal(['c', 'd', 'a']);
    expect(
      discussFirst(model, { a: 75, b: 75, c: 75, d: 75, e: 75 }, {}).lowest,
      'all equal: none is lowest',
    ).to.deep.equal([]);
    expect(first.disagreements).to.deep.equal([]);
  });
});
