import { expect } from '@open-wc/testing';
import { overallScore, scoreFactors, scoreValues, toPercent } from '../../src/model/scoring.js';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { questionItems } from '../../src/model/model.js';

describe('scoreValues(values)', () => {
  it('maps the 1–5 mean to 0–100', () => {
    expect(scoreValues([1])).to.equal(0);
    expect(scoreValues([5])).to.equal(100);
    expect(scoreValues([3])).to.equal(50);
    expect(scoreValues([4, 5])).to.equal(87.5);
  });
  it('returns null when nothing was answered', () => {
    expect(scoreValues([])).to.equal(null);
    expect(scoreValues([null, null])).to.equal(null);
    expect(scoreValues([undefined, null])).to.equal(null);
  });
  it('ignores "don\'t know" and unanswered items rather than counting them as zero', () => {
    expect(scoreValues([null, 5, undefined])).to.equal(100);
    expect(scoreValues([2, null, 4])).to.equal(50);
  });
  it('rounds to two decimals', () => {
    expect(scoreValues([1, 2, 2])).to.equal(16.67);
  });
  it('toPercent(mean) is linear from 1 → 0 to 5 → 100', () => {
    expect(toPercent(1)).to.equal(0);
    expect(toPercent(2.2)).to.be.closeTo(30, 1e-9);
    expect(toPercent(5)).to.equal(100);
  });
});

describe('scoreFactors(factors, items, answers)', () => {
  it('scores every factor, null where no item was answered', () => {
    const scores = scoreFactors(DEFAULT_MODEL.factors, questionItems(DEFAULT_MODEL, 'full'), {
      'commitment.1': 5,
      'commitment.2': 4,
      'commitment.3': null,
      'reputation.2': 1,
    });
    expect(Object.keys(scores)).to.deep.equal(DEFAULT_MODEL.factors.map((f) => f.id));
    expect(scores.commitment).to.equal(87.5);
    expect(scores.reputation).to.equal(0);
    expect(scores['shared-vision']).to.equal(null);
  });
  it('ignores answers to items the instrument does not ask', () => {
    const scores = scoreFactors(DEFAULT_MODEL.factors, questionItems(DEFAULT_MODEL, 'quick'), {
      'commitment.1': 1,
      'commitment.2': 5,
    });
    expect(scores.commitment).to.equal(0);
  });
});

describe('overallScore(scores)', () => {
  it('is the mean of the non-null scores', () => {
    expect(overallScore({ a: 100, b: 50, c: null })).to.equal(75);
  });
  it('is null when every score is null', () => {
    expect(overallScore({ a: null, b: null })).to.equal(null);
    expect(overallScore({})).to.equal(null);
  });
});
