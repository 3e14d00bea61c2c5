import { expect } from '@open-wc/testing';
import { aggregateResponses } from '../../src/model/aggregate.js';
import { quantile, summarize } from '../../src/model/stats.js';
import { attentionPoints } from '../../src/model/attention.js';
import type { Model, ModelFactor } from '../../src/model/model.js';
import type { SeedsResponse } from '../../src/model/response.js';
import type { Role } from '../../src/model/roles.js';
import type { Scores } from '../../src/model/scoring.js';

const model: Model = {
  factors: ['a', 'b', 'c'].map((id, i): ModelFactor => ({
    id,
    number: i + 1,
    group: 'people',
    related: [],
    content: { nl: { title: id }, en: { title: id } },
    items: [{ id: `${id}.1`, text: { nl: id, en: id } }],
  })),
};

let counter = 0;
function response(
  scores: Scores,
  role: Role | null = null,
  id = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
): SeedsResponse {
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id,
    community: 'greenport',
    instrument: 'quick',
    locale: 'nl',
    startedAt: '2025-06-03T09:00:00.000Z',
    completedAt: '2025-06-03T09:02:00.000Z',
    respondent: { role },
    answers: [],
    scores,
  };
}

describe('quantile(sorted, p)', () => {
  it('interpolates linearly between the nearest ranks (type 7, like Excel QUARTILE.INC)', () => {
    const xs = [0, 25, 50, 100];
    expect(quantile(xs, 0)).to.equal(0);
    expect(quantile(xs, 0.25)).to.equal(18.75);
    expect(quantile(xs, 0.5)).to.equal(37.5);
    expect(quantile(xs, 0.75)).to.equal(62.5);
    expect(quantile(xs, 1)).to.equal(100);
  });
  it('hits the data points when (n − 1)·p is whole', () => {
    expect(quantile([10, 20, 30, 40, 50], 0.25)).to.equal(20);
    expect(quantile([10, 20, 30, 40, 50], 0.75)).to.equal(40);
  });
  it('returns the only value for one, NaN for none', () => {
    expect(quantile([42], 0.25)).to.equal(42);
    expect(quantile([], 0.5)).to.be.NaN;
  });
});

describe('summarize(values)', () => {
  it('gives n, mean, min, quartiles and max of the numbers, in any order', () => {
    expect(summarize([100, null, 0, 50, undefined, 25])).to.deep.equal({
      n: 4,
      mean: 43.75,
      min: 0,
      q1: 18.75,
      median: 37.5,
      q3: 62.5,
      max: 100,
    });
  });
  it('rounds to two decimals', () => {
    expect(summarize([0, 0, 100])!.mean).to.equal(33.33);
    expect(summarize([0, 12.5, 25, 100])!.q1).to.equal(9.38);
  });
  it('is null when there are no numbers', () => {
    expect(summarize([])).to.equal(null);
    expect(summarize([null, undefined, NaN, '50'])).to.equal(null);
  });
});

describe('aggregateResponses(model, responses)', () => {
  const responses = [
    response({ a: 0, b: 50, c: null }, 'business'),
    response({ a: 25, b: 50, c: null }, 'business'),
    response({ a: 50, b: 100, c: null }, 'education'),
    response({ a: 100, b: null, c: null }, null),
  ];

  it('summarises every factor of the model, null where nobody scored it', () => {
    const group = aggregateResponses(model, responses);
    expect(group.respondents).to.equal(4);
    expect(group.factors.a).to.deep.equal({ n: 4, mean: 43.75, min: 0, q1: 18.75, median: 37.5, q3: 62.5, max: 100 });
    expect(group.factors.b).to.deep.equal({ n: 3, mean: 66.67, min: 50, q1: 50, median: 50, q3: 75, max: 100 });
    expect(group.factors.c).to.equal(null);
    expect(Object.keys(group.factors)).to.deep.equal(['a', 'b', 'c']);
  });

  it('gives the mean scores, the overall of the means and the spread of personal overalls', () => {
    const group = aggregateResponses(model, responses);
    expect(group.scores).to.deep.equal({ a: 43.75, b: 66.67, c: null });
    expect(group.overall).to.equal(55.21);
    // Personal overalls: 25, 37.5, 75, 100.
    expect(group.overallSpread).to.deep.equal({
      n: 4,
      mean: 59.38,
      min: 25,
      q1: 34.38,
      median: 56.25,
      q3: 81.25,
      max: 100,
    });
  });

  it('counts respondents by role, "none" for those who did not say', () => {
    expect(aggregateResponses(model, responses).byRole).to.deep.equal({
      business: 2,
      government: 0,
      knowledge: 0,
      education: 1,
      other: 0,
      none: 1,
    });
  });

  it('counts a response delivered twice (same id) once', () => {
    const twice = response({ a: 100, b: 100, c: 100 }, 'other', 'dddddddd-0000-4000-8000-000000000000');
    const group = aggregateResponses(model, [twice, twice, response({ a: 0, b: 0, c: 0 })]);
    expect(group.respondents).to.equal(2);
    expect(group.scores).to.deep.equal({ a: 50, b: 50, c: 50 });
    expect(group.byRole.other).to.equal(1);
  });

  it('ignores score keys outside the model and treats missing keys as not scored', () => {
    const group = aggregateResponses(model, [response({ a: 50, zz: 0 }), response({ a: 100, b: 20 })]);
    expect(group.factors.a!.n).to.equal(2);
    expect(group.factors.b!.n).to.equal(1);
    expect(group.factors).not.to.have.property('zz');
  });

  it('with no responses is empty but well-formed', () => {
    const group = aggregateResponses(model, []);
    expect(group.respondents).to.equal(0);
    expect(group.scores).to.deep.equal({ a: null, b: null, c: null });
    expect(group.overall).to.equal(null);
    expect(group.overallSpread).to.equal(null);
    expect(group.byRole.none).to.equal(0);
  });

  it('feeds attentionPoints with means and spread', () => {
    const group = aggregateResponses(model, [
      response({ a: 0, b: 75, c: 100 }),
      response({ a: 100, b: 75, c: 100 }),
      response({ a: 50, b: 75, c: 75 }),
      response({ a: 75, b: 75, c: 75 }),
    ]);
    const result = attentionPoints(model, group.scores, { spread: group.factors, lowest: 1 });
    expect(result.attention).to.deep.equal(['a']);
    expect(result.reasons.a).to.deep.equal(['low', 'disagreement']);
  });
});
