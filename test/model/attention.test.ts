import { expect } from '@open-wc/testing';
import { attentionPoints, type FactorSpread } from '../../src/model/attention.js';
import type { Model, ModelFactor } from '../../src/model/model.js';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const model: Model = {
  factors: IDS.map((id, i): ModelFactor => ({
    id,
    number: i + 1,
    group: 'people',
    related: [],
    content: { nl: { title: id.toUpperCase() }, en: { title: id.toUpperCase() } },
    items: [{ id: `${id}.1`, text: { nl: id, en: id } }],
  })),
};

const spread = (q1: number, q3: number): FactorSpread => ({ n: 8, min: 0, q1, median: (q1 + q3) / 2, q3, max: 100 });

describe('attentionPoints(model, scores)', () => {
  it('names the three lowest, lowest first, and the three highest of the rest as strengths', () => {
    const result = attentionPoints(model, { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.reasons).to.deep.equal({ b: ['low', 'below-50'], d: ['low'], f: ['low'] });
    expect(result.strengths).to.deep.equal(['e', 'a', 'c']);
    expect(result.notAssessed).to.deep.equal([]);
  });

  it('adds every factor below 50 beyond the lowest three', () => {
    const result = attentionPoints(model, { a: 10, b: 20, c: 30, d: 49.99, e: 50, f: 90 });
    expect(result.attention).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(result.reasons.d).to.deep.equal(['below-50']);
    expect(result.reasons).not.to.have.property('e');
    expect(result.strengths).to.deep.equal(['f', 'e']);
  });

  it('breaks ties in model order, whatever the order of the scores object', () => {
    const result = attentionPoints(model, { f: 60, e: 60, d: 60, c: 60, b: 90, a: 95 });
    expect(result.attention).to.deep.equal(['c', 'd', 'e']);
    expect(result.strengths).to.deep.equal(['a', 'b', 'f']);
  });

  it('with all scores equal names the first three factors, for being lowest only', () => {
    const result = attentionPoints(model, { a: 75, b: 75, c: 75, d: 75, e: 75, f: 75 });
    expect(result.attention).to.deep.equal(['a', 'b', 'c']);
    expect(Object.values(result.reasons)).to.deep.equal([['low'], ['low'], ['low']]);
    expect(result.strengths).to.deep.equal(['d', 'e', 'f']);
  });

  it('with every factor below 50 names them all, lowest first, and no strengths', () => {
    const result = attentionPoints(model, { a: 40, b: 0, c: 25, d: 25, e: 12.5, f: 37.5 });
    expect(result.attention).to.deep.equal(['b', 'e', 'c', 'd', 'f', 'a']);
    expect(result.reasons.b).to.deep.equal(['low', 'below-50']);
    expect(result.reasons.a).to.deep.equal(['below-50']);
    expect(result.strengths).to.deep.equal([]);
  });

  it('lists null and missing scores apart as not assessed, never as low', () => {
    const result = attentionPoints(model, { a: null, b: 90, c: 80, d: null, e: 70, f: 95 });
    expect(result.notAssessed).to.deep.equal(['a', 'd']);
    expect(result.attention).to.deep.equal(['e', 'c', 'b']);
    expect(result.strengths).to.deep.equal(['f']);
    expect(attentionPoints(model, { b: 10 }).notAssessed).to.deep.equal(['a', 'c', 'd', 'e', 'f']);
  });

  it('treats a non-finite score as not assessed', () => {
    const result = attentionPoints(model, { a: NaN, b: Infinity, c: 10, d: 20, e: 30, f: 40 });
    expect(result.notAssessed).to.deep.equal(['a', 'b']);
  });

  it('with every score null returns only not assessed', () => {
    const result = attentionPoints(model, { a: null, b: null, c: null, d: null, e: null, f: null });
    expect(result).to.deep.equal({ attention: [], reasons: {}, strengths: [], notAssessed: IDS });
    expect(attentionPoints(model, {}).notAssessed).to.deep.equal(IDS);
  });

  it('with fewer than three scored factors names those it has and no strengths', () => {
    const result = attentionPoints(model, { a: 80, c: 60 });
    expect(result.attention).to.deep.equal(['c', 'a']);
    expect(result.reasons).to.deep.equal({ c: ['low'], a: ['low'] });
    expect(result.strengths).to.deep.equal([]);
    expect(result.notAssessed).to.deep.equal(['b', 'd', 'e', 'f']);
  });

  it('honours the lowest, below and strengths options', () => {
    const scores = { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 };
    const result = attentionPoints(model, scores, { lowest: 1, below: 65, strengths: 2 });
    expect(result.attention).to.deep.equal(['b', 'd']);
    expect(result.reasons).to.deep.equal({ b: ['low', 'below-50'], d: ['below-50'] });
    expect(result.strengths).to.deep.equal(['e', 'a']);
    expect(attentionPoints(model, scores, { lowest: 0, below: 0 }).attention).to.deep.equal([]);
  });

  it('ignores score keys that are not factors of the model', () => {
    const result = attentionPoints(model, { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65, zz: 0 });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
  });
});

describe('attentionPoints(model, scores, { spread })', () => {
  const scores = { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 };

  it('adds factors whose interquartile range is 25 or more, after the low ones, widest first', () => {
    const result = attentionPoints(model, scores, {
      spread: { a: spread(50, 75), e: spread(40, 100), c: spread(60, 84.99) },
    });
    expect(result.attention).to.deep.equal(['b', 'd', 'f', 'e', 'a']);
    expect(result.reasons.e).to.deep.equal(['disagreement']);
    expect(result.reasons.a).to.deep.equal(['disagreement']);
    expect(result.reasons).not.to.have.property('c');
  });

  it('adds the disagreement reason to a low factor without listing it twice', () => {
    const result = attentionPoints(model, scores, { spread: { b: spread(0, 75) } });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.reasons.b).to.deep.equal(['low', 'below-50', 'disagreement']);
  });

  it('breaks equal spreads in model order', () => {
    const result = attentionPoints(model, scores, {
      spread: { e: spread(0, 50), a: spread(25, 75), c: spread(50, 100) },
    });
    expect(result.attention.slice(3)).to.deep.equal(['a', 'c', 'e']);
  });

  it('keeps a disagreement factor out of the strengths', () => {
    const result = attentionPoints(model, scores, { spread: { e: spread(20, 100) } });
    expect(result.strengths).to.deep.equal(['a', 'c']);
  });

  it('uses the disagreement threshold option', () => {
    const result = attentionPoints(model, scores, { spread: { a: spread(60, 80) }, disagreement: 20 });
    expect(result.reasons.a).to.deep.equal(['disagreement']);
    expect(attentionPoints(model, scores, { spread: { a: spread(60, 80) } }).reasons).not.to.have.property('a');
  });

  it('ignores spread for factors without a score, and null spreads', () => {
    const result = attentionPoints(model, { ...scores, a: null }, { spread: { a: spread(0, 100), e: null } });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.notAssessed).to.deep.equal(['a']);
  });
});
