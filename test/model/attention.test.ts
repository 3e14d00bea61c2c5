import { expect } from '@open-wc/testing';
import { attentionPoints, firstOnAgenda, isPolarised, linkedAttention } from '../../src/model/attention.js';
import type { Model, ModelFactor } from '../../src/model/model.js';
import { summarize, type FactorSpread } from '../../src/model/stats.js';

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

const spread = (q1: number, q3: number, n = 8): FactorSpread => ({
  n,
  min: 0,
  q1,
  median: (q1 + q3) / 2,
  q3,
  max: 100,
});
/** Answers on the 1–5 scale as 0–100 scores. */
const answers = (...values: number[]) => values.map((v) => (v - 1) * 25);

describe('attentionPoints(model, scores)', () => {
  it('names the three lowest, lowest first, and the three highest of the rest as strengths', () => {
    const result = attentionPoints(model, { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.reasons).to.deep.equal({ b: ['low', 'below-50'], d: ['low'], f: ['low'] });
    expect(result.strengths).to.deep.equal(['e', 'a', 'c']);
    expect(result.notAssessed).to.deep.equal([]);
    expect(result.weakest).to.deep.equal(['b']);
    expect(result.strongest).to.deep.equal(['e']);
    expect(result.uniform).to.equal(false);
  });

  it('adds every factor below 50 beyond the lowest three', () => {
    const result = attentionPoints(model, { a: 10, b: 20, c: 30, d: 49.99, e: 50, f: 90 });
    expect(result.attention).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(result.reasons.d).to.deep.equal(['below-50']);
    expect(result.reasons).not.to.have.property('e');
    expect(result.strengths).to.deep.equal(['f']);
  });

  it('never splits a tie group by model order: a group that does not fit stays out as a whole', () => {
    // "Agree" everywhere except one "neutral": the five at 75 are not "among the lowest".
    const result = attentionPoints(model, { a: 75, b: 75, c: 75, d: 50, e: 75, f: 75 });
    expect(result.attention).to.deep.equal(['d']);
    expect(result.reasons).to.deep.equal({ d: ['low'] });
    expect(result.strengths).to.deep.equal(['a', 'b', 'c', 'e', 'f']);
    expect(result.strongest).to.deep.equal(['a', 'b', 'c', 'e', 'f']);
  });

  it('takes the next tie group whole when it fits within three, whatever the order of the scores object', () => {
    const result = attentionPoints(model, { f: 60, e: 60, d: 25, c: 90, b: 90, a: 95 });
    expect(result.attention).to.deep.equal(['d', 'e', 'f']);
    expect(result.reasons).to.deep.equal({ d: ['low', 'below-50'], e: ['low'], f: ['low'] });
    expect(result.strengths).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps the whole lowest tie group even when it is larger than three (four factors at 50)', () => {
    const result = attentionPoints(model, { a: 50, b: 75, c: 50, d: 50, e: 100, f: 50 });
    expect(result.attention).to.deep.equal(['a', 'c', 'd', 'f']);
    expect(Object.values(result.reasons)).to.deep.equal([['low'], ['low'], ['low'], ['low']]);
    expect(result.weakest).to.deep.equal(['a', 'c', 'd', 'f']);
    expect(result.strengths).to.deep.equal(['e', 'b']);
  });

  it('with all scores equal names no lowest, weakest or strongest factor, and says it is uniform', () => {
    const result = attentionPoints(model, { a: 75, b: 75, c: 75, d: 75, e: 75, f: 75 });
    expect(result.uniform).to.equal(true);
    expect(result.attention).to.deep.equal([]);
    expect(result.reasons).to.deep.equal({});
    expect(result.strengths).to.deep.equal([]);
    expect(result.weakest).to.deep.equal([]);
    expect(result.strongest).to.deep.equal([]);
  });

  it('with all scores equal below 50 names them all, for being below 50 only', () => {
    const result = attentionPoints(model, { a: 25, b: 25, c: 25, d: 25, e: 25, f: 25 });
    expect(result.uniform).to.equal(true);
    expect(result.attention).to.deep.equal(IDS);
    expect(Object.values(result.reasons).every((r) => r.length === 1 && r[0] === 'below-50')).to.equal(true);
    expect(result.strengths).to.deep.equal([]);
  });

  it('below 50 is always an attention point, even in a tie group that is otherwise out', () => {
    const result = attentionPoints(model, { a: 0, b: 25, c: 25, d: 25, e: 100, f: 100 });
    expect(result.attention).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(result.reasons.b).to.deep.equal(['below-50']);
    expect(result.reasons.a).to.deep.equal(['low', 'below-50']);
  });

  it('never lists a strength while a factor with the same or a lower score is an attention point', () => {
    const cases = [
      { a: 75, b: 75, c: 75, d: 50, e: 75, f: 75 },
      { a: 50, b: 50, c: 50, d: 50, e: 75, f: 100 },
      { a: 0, b: 25, c: 50, d: 75, e: 100, f: 100 },
      { a: 100, b: 25, c: 100, d: 25, e: 100, f: 75 },
      { a: 40, b: 40, c: 60, d: 60, e: 60, f: 80 },
    ];
    for (const scores of cases) {
      const result = attentionPoints(model, scores, { spread: { f: spread(0, 100) } });
      const worstStrength = Math.min(...result.strengths.map((id) => scores[id as keyof typeof scores]));
      for (const id of result.attention) expect(scores[id as keyof typeof scores]).to.be.below(worstStrength);
      const groups = new Map<number, boolean[]>();
      for (const id of IDS) {
        const s = scores[id as keyof typeof scores];
        groups.set(s, [...(groups.get(s) ?? []), result.attention.includes(id)]);
      }
      // a tie group is in or out as a whole (apart from disagreement, which is per factor)
      for (const [s, inOut] of groups) if (s !== scores.f) expect(new Set(inOut).size, `score ${s}`).to.equal(1);
    }
  });

  it('names no neutral score as a strength', () => {
    const result = attentionPoints(model, { a: 0, b: 50, c: 50, d: 50, e: 50, f: 50 });
    expect(result.attention).to.deep.equal(['a']);
    expect(result.strengths).to.deep.equal([]);
    expect(result.strongest).to.deep.equal(['b', 'c', 'd', 'e', 'f']);
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
    expect(result).to.deep.equal({
      attention: [],
      reasons: {},
      strengths: [],
      notAssessed: IDS,
      weakest: [],
      strongest: [],
      uniform: true,
      linked: {},
    });
    expect(attentionPoints(model, {}).notAssessed).to.deep.equal(IDS);
  });

  it('with one scored factor compares nothing: uniform, and only below 50 counts', () => {
    expect(attentionPoints(model, { c: 80 }))
      .to.include({ uniform: true })
      .and.to.deep.include({ attention: [] });
    expect(attentionPoints(model, { c: 20 }).reasons).to.deep.equal({ c: ['below-50'] });
  });

  it('with two scored factors names the lower as low and the higher as strength', () => {
    const result = attentionPoints(model, { a: 80, c: 60 });
    expect(result.attention).to.deep.equal(['c']);
    expect(result.reasons).to.deep.equal({ c: ['low'] });
    expect(result.strengths).to.deep.equal(['a']);
    expect(result.notAssessed).to.deep.equal(['b', 'd', 'e', 'f']);
  });

  it('honours the lowest, below, strengths and strengthAbove options', () => {
    const scores = { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 };
    const result = attentionPoints(model, scores, { lowest: 1, below: 65, strengths: 2 });
    expect(result.attention).to.deep.equal(['b', 'd']);
    expect(result.reasons).to.deep.equal({ b: ['low', 'below-50'], d: ['below-50'] });
    expect(result.strengths).to.deep.equal(['e', 'a']);
    expect(attentionPoints(model, scores, { lowest: 0, below: 0 }).attention).to.deep.equal([]);
    expect(attentionPoints(model, scores, { strengthAbove: 85 }).strengths).to.deep.equal(['e']);
  });

  it('ignores score keys that are not factors of the model', () => {
    const result = attentionPoints(model, { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65, zz: 0 });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
  });
});

describe('isPolarised(spread)', () => {
  it('calls 1,1,1,5,5,5 disagreement and 4,4,4,5,5,5 agreement', () => {
    expect(isPolarised(summarize(answers(1, 1, 1, 5, 5, 5)))).to.equal(true);
    expect(isPolarised(summarize(answers(4, 4, 4, 5, 5, 5)))).to.equal(false);
  });

  it('needs answers on both sides of neutral, not a wide range on one side', () => {
    expect(isPolarised(summarize(answers(1, 1, 2, 3, 3, 3)))).to.equal(false);
    expect(isPolarised(summarize(answers(3, 3, 3, 3, 3, 3)))).to.equal(false);
    expect(isPolarised(summarize(answers(2, 2, 4, 4)))).to.equal(true);
    // one dissenter among eight does not move a quartile across neutral
    expect(isPolarised(summarize(answers(1, 4, 4, 4, 4, 4, 5, 5)))).to.equal(false);
  });

  it('needs at least 4 respondents', () => {
    expect(isPolarised(summarize(answers(1, 5, 1)))).to.equal(false);
    expect(isPolarised(summarize(answers(1, 5, 1, 5)))).to.equal(true);
    expect(isPolarised(summarize(answers(1, 3, 5)))).to.equal(false);
    expect(isPolarised(summarize(answers(1, 3, 5)), { minRespondents: 3 })).to.equal(true);
  });

  it('is false for a missing or broken spread', () => {
    expect(isPolarised(null)).to.equal(false);
    expect(isPolarised(undefined)).to.equal(false);
    expect(isPolarised({ ...spread(0, 100), q1: NaN })).to.equal(false);
    expect(isPolarised({ ...spread(0, 100), n: NaN })).to.equal(false);
  });
});

describe('attentionPoints(model, scores, { spread })', () => {
  const scores = { a: 80, b: 40, c: 70, d: 60, e: 90, f: 65 };

  it('adds polarised factors after the low ones, lowest score first', () => {
    const result = attentionPoints(model, scores, {
      spread: { a: spread(25, 75), e: spread(40, 100), c: spread(50, 100) },
    });
    expect(result.attention).to.deep.equal(['b', 'd', 'f', 'a', 'e']);
    expect(result.reasons.e).to.deep.equal(['disagreement']);
    expect(result.reasons.a).to.deep.equal(['disagreement']);
    // q1 at neutral is not "below": everyone in the lower quarter answered neutral or better
    expect(result.reasons).not.to.have.property('c');
  });

  it('does not count a wide range on one side of neutral as disagreement', () => {
    const result = attentionPoints(model, scores, { spread: { e: spread(60, 100) } });
    expect(result.reasons).not.to.have.property('e');
  });

  it('needs at least 4 respondents', () => {
    const result = attentionPoints(model, scores, { spread: { e: spread(0, 100, 3) } });
    expect(result.reasons).not.to.have.property('e');
  });

  it('adds the disagreement reason to a low factor without listing it twice', () => {
    const result = attentionPoints(model, scores, { spread: { b: spread(0, 75) } });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.reasons.b).to.deep.equal(['low', 'below-50', 'disagreement']);
  });

  it('keeps strengths above every attention point, disagreement included', () => {
    const result = attentionPoints(model, scores, { spread: { a: spread(20, 100) } });
    expect(result.strengths).to.deep.equal(['e']);
  });

  it('ignores spread for factors without a score, and null spreads', () => {
    const result = attentionPoints(model, { ...scores, a: null }, { spread: { a: spread(0, 100), e: null } });
    expect(result.attention).to.deep.equal(['b', 'd', 'f']);
    expect(result.notAssessed).to.deep.equal(['a']);
  });
});

describe('linkedAttention(model, ids)', () => {
  const linkedModel: Model = {
    factors: model.factors.map((f) => ({ ...f, related: f.id === 'a' ? ['c'] : f.id === 'd' ? ['a'] : [] })),
  };

  it('pairs attention points linked in either direction, in model order', () => {
    expect(linkedAttention(linkedModel, ['c', 'a', 'd'])).to.deep.equal({ a: ['c', 'd'], c: ['a'], d: ['a'] });
    expect(linkedAttention(linkedModel, ['a', 'b'])).to.deep.equal({});
  });

  it('is part of attentionPoints: two linked factors both low are named together', () => {
    const result = attentionPoints(linkedModel, { a: 10, b: 90, c: 20, d: 90, e: 90, f: 90 });
    expect(result.attention).to.deep.equal(['a', 'c']);
    expect(result.linked).to.deep.equal({ a: ['c'], c: ['a'] });
  });
});

describe('firstOnAgenda(attention, scores)', () => {
  const first = (scores: Record<string, number>) => firstOnAgenda(attentionPoints(model, scores).attention, scores);

  it('names three when three are lowest, with nothing more to say', () => {
    expect(first({ a: 25, b: 50, c: 50, d: 75, e: 75, f: 100 })).to.deep.equal({
      ids: ['a', 'b', 'c'],
      tiedFirst: false,
      more: null,
    });
  });

  it('names all four when four share the lowest score, and says so (never the first three by model order)', () => {
    expect(first({ a: 50, b: 50, c: 50, d: 50, e: 75, f: 75 })).to.deep.equal({
      ids: ['a', 'b', 'c', 'd'],
      tiedFirst: true,
      more: null,
    });
  });

  it('leaves a tie group out whole when it does not fit, and reports it', () => {
    // 0, then three at 25: attention lists all four (below 50), the top names only the lowest.
    const result = first({ a: 25, b: 0, c: 25, d: 25, e: 75, f: 75 });
    expect(result).to.deep.equal({ ids: ['b'], tiedFirst: false, more: { count: 3, score: 25 } });
  });

  it('takes whole groups up to three: 1 + 2 fit, the next group is reported', () => {
    const result = firstOnAgenda(['a', 'b', 'c', 'd', 'e'], { a: 0, b: 25, c: 25, d: 40, e: 40 });
    expect(result).to.deep.equal({ ids: ['a', 'b', 'c'], tiedFirst: false, more: { count: 2, score: 40 } });
  });

  it('is empty without attention points, and follows a smaller limit', () => {
    expect(firstOnAgenda([], {})).to.deep.equal({ ids: [], tiedFirst: false, more: null });
    expect(firstOnAgenda(['a', 'b'], { a: 10, b: 20 }, 1)).to.deep.equal({
      ids: ['a'],
      tiedFirst: false,
      more: { count: 1, score: 20 },
    });
  });
});
