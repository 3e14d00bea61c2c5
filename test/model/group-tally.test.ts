import { expect } from '@open-wc/testing';
import { aggregateResponses } from '../../src/model/aggregate.js';
import { summarize } from '../../src/model/stats.js';
import { GroupTally, NO_ROUND } from '../../src/model/group-tally.js';
import type { Model, ModelFactor } from '../../src/model/model.js';
import type { SeedsResponse } from '../../src/model/response.js';
import type { Role } from '../../src/model/roles.js';
import type { AnswerValue } from '../../src/model/scale.js';
import { ScoreTally } from '../../src/model/tally.js';

const model: Model = {
  factors: ['a', 'b'].map((id, i): ModelFactor => ({
    id,
    number: i + 1,
    group: 'people',
    related: [],
    content: { nl: { title: id }, en: { title: id } },
    items: [{ id: `${id}.1`, text: { nl: id, en: id } }],
  })),
};

let counter = 0;
function response(a: AnswerValue, b: AnswerValue, role: Role | null = null, round?: string): SeedsResponse {
  const score = (v: AnswerValue) => (v === null ? null : (v - 1) * 25);
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    community: 'greenport',
    instrument: 'quick',
    locale: 'nl',
    startedAt: '2025-06-03T09:00:00.000Z',
    completedAt: '2025-06-03T09:02:00.000Z',
    respondent: { role },
    answers: [
      { item: 'a.1', factor: 'a', value: a },
      { item: 'b.1', factor: 'b', value: b },
    ],
    scores: { a: score(a), b: score(b) },
    ...(round === undefined ? {} : { round }),
  };
}

describe('ScoreTally', () => {
  it('summary() gives the same figures as summarize() on the same values', () => {
    const sets = [
      [50],
      [0, 100],
      [0, 0, 0, 100, 100, 100],
      [75, 75, 75, 100, 100, 100],
      [8.33, 50, 91.67, 25, 25, 66.67, 100],
    ];
    for (const values of sets) {
      const t = new ScoreTally();
      values.forEach((v) => t.add(v));
      expect(t.summary(), values.join(',')).to.deep.equal(summarize(values));
    }
  });

  it('summary() stays equal to summarize() with many distinct values (an overall score), added in any order', () => {
    // Past a few distinct values the tally finds a value's slot by a Map instead of a scan.
    const values = Array.from({ length: 200 }, (_, i) => Math.round(((i * 7919) % 1000) / 10) / 1);
    const t = new ScoreTally();
    values.forEach((v) => t.add(v));
    expect(t.summary()).to.deep.equal(summarize(values));
    [3.5, 99.25, 0].forEach((v) => t.add(v));
    expect(t.summary()).to.deep.equal(summarize([...values, 3.5, 99.25, 0]));
  });

  it('add() ignores null, NaN and non-numbers; summary() is null when empty', () => {
    const t = new ScoreTally();
    [null, NaN, '50', undefined, Infinity].forEach((v) => t.add(v));
    expect(t.n).to.equal(0);
    expect(t.summary()).to.equal(null);
  });
});

describe('GroupTally', () => {
  it('result(round) reproduces aggregateResponses() for the same responses', () => {
    const rs = [response(1, 5, 'business'), response(3, null), response(5, 4, 'education'), response(2, 2, 'business')];
    const tally = new GroupTally(model);
    rs.forEach((r) => tally.add(r));
    const { answers, ...figures } = tally.result(NO_ROUND)!;
    expect(figures).to.deep.equal(aggregateResponses(model, rs));
    expect(answers.b).to.deep.equal([0, 1, 0, 1, 1, 1]);
  });

  it('counts answers whatever their order in a response, and leaves out factors the model lacks', () => {
    const swapped = (r: SeedsResponse): SeedsResponse => ({
      ...r,
      answers: [...r.answers].reverse().concat({ item: 'x.1', factor: 'x', value: 3 }),
    });
    const rs = [response(1, 5), swapped(response(2, null)), response(5, 4), swapped(response(4, 4))];
    const tally = new GroupTally(model);
    rs.forEach((r) => tally.add(r));
    const { answers } = tally.result(NO_ROUND)!;
    expect(answers.a).to.deep.equal([1, 1, 0, 1, 1, 0]);
    expect(answers.b).to.deep.equal([0, 0, 0, 2, 1, 1]);
    expect(Object.keys(answers)).to.deep.equal(['a', 'b']);
  });

  it('answer counts, once read, keep up with later responses, for the round and for each role', () => {
    const rs = [
      response(1, 5, 'business'),
      response(2, null, 'education'),
      response(5, 4, 'business'),
      response(4, 4, null),
      response(null, 1, 'education'),
    ];
    const live = new GroupTally(model);
    rs.slice(0, 2).forEach((r) => live.add(r));
    expect(live.result(NO_ROUND)!.answers.a).to.deep.equal([1, 1, 0, 0, 0, 0]);
    expect(live.result(NO_ROUND, 'business')!.answers.b).to.deep.equal([0, 0, 0, 0, 1, 0]);
    rs.slice(2).forEach((r) => live.add(r));
    const fresh = new GroupTally(model);
    rs.forEach((r) => fresh.add(r));
    for (const role of [undefined, 'business', 'education', 'none'] as const) {
      expect(live.result(NO_ROUND, role)!.answers, String(role)).to.deep.equal(fresh.result(NO_ROUND, role)!.answers);
    }
    expect(live.result(NO_ROUND)!.answers.a).to.deep.equal([1, 1, 0, 1, 1, 1]);
    expect(live.result(NO_ROUND, 'business')!.answers.b).to.deep.equal([0, 0, 0, 1, 1, 0]);
  });

  it('reads scores from records with and without a prototype alike', () => {
    const bare = (r: SeedsResponse): SeedsResponse => ({ ...r, scores: Object.assign(Object.create(null), r.scores) });
    const rs = [response(1, 5), response(3, null), response(5, 4)];
    const plain = new GroupTally(model);
    const nulls = new GroupTally(model);
    rs.forEach((r) => (plain.add(r), nulls.add(bare(r))));
    expect(nulls.result(NO_ROUND)).to.deep.equal(plain.result(NO_ROUND));
    expect(plain.result(NO_ROUND)!.scores).to.deep.equal({ a: 50, b: 87.5 });
  });

  it('add() counts an id once, first one wins', () => {
    const tally = new GroupTally(model);
    const r = response(1, 1);
    expect(tally.add(r)).to.equal(true);
    expect(tally.add({ ...r, scores: { a: 100, b: 100 } })).to.equal(false);
    expect(tally.size).to.equal(1);
    expect(tally.result(NO_ROUND)!.scores).to.deep.equal({ a: 0, b: 0 });
  });

  it('rounds lists rounds in order of appearance; result(round, role) slices them', () => {
    const tally = new GroupTally(model);
    [
      response(1, 1, 'business', 'kick-off'),
      response(5, 5, 'business', 'later'),
      response(3, 3, 'government', 'kick-off'),
    ].forEach((r) => tally.add(r));
    expect(tally.rounds).to.deep.equal(['kick-off', 'later']);
    expect(tally.result('kick-off')!.respondents).to.equal(2);
    expect(tally.result('kick-off', 'business')!.scores.a).to.equal(0);
    expect(tally.result('kick-off', 'education')).to.equal(null);
    expect(tally.result('missing')).to.equal(null);
  });

  it("a round's figures are its roles' added up: the same as counting everyone at once, after every add", () => {
    const roles: (Role | null)[] = ['business', null, 'education', 'business', 'government', null, 'other'];
    const values: AnswerValue[] = [1, 2, 3, 4, 5, null];
    const rs = Array.from({ length: 40 }, (_, i) =>
      response(values[i % 6], values[(i * 5) % 6], roles[i % roles.length], i % 3 ? 'kick-off' : 'later'),
    );
    const tally = new GroupTally(model);
    rs.forEach((r, i) => {
      tally.add(r);
      const round = r.round!;
      const sofar = rs.slice(0, i + 1).filter((x) => x.round === round);
      const { answers, ...figures } = tally.result(round)!;
      expect(figures, `after ${i + 1}`).to.deep.equal(aggregateResponses(model, sofar));
      expect(answers.a.reduce((a, b) => a + b, 0)).to.equal(sofar.length);
    });
    expect(tally.responsesOf('later')).to.deep.equal(rs.filter((r) => r.round === 'later'));
    expect([...tally.kindsOf('kick-off')]).to.deep.equal(['quick|1']);
  });

  it('result() changes after add() (the cached figures are dropped)', () => {
    const tally = new GroupTally(model);
    tally.add(response(1, 1));
    const before = tally.result(NO_ROUND)!;
    tally.add(response(5, 5));
    expect(tally.result(NO_ROUND)).not.to.equal(before);
    expect(tally.result(NO_ROUND)!.scores.a).to.equal(50);
  });
});
