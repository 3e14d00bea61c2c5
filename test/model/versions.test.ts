import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import '../support/languages.js';
import { aggregateResponses } from '../../src/model/aggregate.js';
import type { InstrumentId } from '../../src/model/model.js';
import { questionItems } from '../../src/model/model.js';
import { buildResponse } from '../../src/model/build-response.js';
import type { SeedsResponse } from '../../src/model/response.js';
import { validateModel } from '../../src/model/validate-model.js';
import { validateResponse } from '../../src/model/validate-response.js';
import { compareGroups, compareResponses, responseVersion } from '../../src/model/versions.js';

const model = DEFAULT_MODEL;
let counter = 0;

/** A response of our model: every statement answered `value`, except the overrides. */
function measured(
  instrument: InstrumentId,
  value: 1 | 2 | 3 | 4 | 5,
  overrides: Record<string, 1 | 2 | 3 | 4 | 5> = {},
  version: number | null = 2,
): SeedsResponse {
  const answers = Object.fromEntries(questionItems(model, instrument).map((i) => [i.id, overrides[i.id] ?? value]));
  const r = buildResponse({
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    model,
    instrument,
    locale: 'nl',
    community: 'versions',
    role: null,
    answers,
    startedAt: new Date('2026-11-01T10:00:00Z'),
    completedAt: new Date('2026-11-01T10:05:00Z'),
  });
  if (version === null) {
    // A payload of an earlier release: the same, without instrumentVersion.
    return Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'instrumentVersion')) as SeedsResponse;
  }
  return { ...r, instrumentVersion: version };
}

describe('buildResponse(input) with a versioned model', () => {
  it('writes the instrument version of the model, and leaves it out for a model without one', () => {
    expect(measured('quick', 4).instrumentVersion).to.equal(2);
    const plain = buildResponse({
      id: '00000000-0000-4000-8000-000000000999',
      model: { factors: model.factors },
      instrument: 'quick',
      locale: 'en',
      community: null,
      role: null,
      answers: {},
      startedAt: new Date(),
      completedAt: new Date(),
    });
    expect(plain).not.to.have.property('instrumentVersion');
  });
});

describe('responseVersion(response)', () => {
  it('reads a payload without instrumentVersion as version 1', () => {
    expect(responseVersion(measured('quick', 4, {}, null))).to.equal(1);
    expect(responseVersion(measured('quick', 4, {}, 2))).to.equal(2);
    expect(responseVersion({ instrumentVersion: 0 })).to.equal(1);
  });
});

describe('compareResponses(model, responses)', () => {
  it('compares measurements of one instrument and version in full, with their own scores', () => {
    const a = measured('full', 4);
    const b = measured('full', 2);
    const result = compareResponses(model, [a, b]);
    expect(result.partial).to.equal(false);
    expect(result.items).to.have.length(36);
    expect(result.scores).to.deep.equal([a.scores, b.scores]);
  });

  it('compares a quick with a full measurement on the quick items only, and says it is partial', () => {
    // full: item 1 of each factor "agree" (75), items 2 and 3 "strongly agree" (100)
    const full = measured('full', 5, Object.fromEntries(model.factors.map((f) => [`${f.id}.1`, 4])));
    const quick = measured('quick', 2);
    const result = compareResponses(model, [full, quick]);
    expect(result.partial).to.equal(true);
    expect(result.items).to.deep.equal(model.factors.map((f) => `${f.id}.1`));
    expect(result.scores[0].commitment).to.equal(75);
    expect(full.scores.commitment).to.be.closeTo(91.67, 0.01);
    expect(result.scores[1].commitment).to.equal(25);
  });

  it('leaves out items whose wording changed between the versions compared', () => {
    const before = measured('full', 2, {}, null); // version 1
    const now = measured('full', 4);
    const result = compareResponses(model, [now, before]);
    expect(result.partial).to.equal(true);
    const changed = model.factors.flatMap((f) => f.items.filter((i) => (i.wordingVersion ?? 1) > 1).map((i) => i.id));
    expect(changed.length).to.be.greaterThan(0);
    for (const id of changed) expect(result.items).not.to.include(id);
    expect(result.items).to.include('qualities-roles.1');
    // commitment.1 and .2 changed, .3 did not: the change rests on commitment.3 alone
    expect(result.items.filter((i) => i.startsWith('commitment.'))).to.deep.equal(['commitment.3']);
    // a factor whose every asked item changed has nothing to compare
    expect(result.scores[0]['community-building']).to.equal(null);
    expect(result.scores[1]['community-building']).to.equal(null);
  });

  it('with one response or none leaves nothing out', () => {
    const one = measured('quick', 3);
    expect(compareResponses(model, [one])).to.deep.equal({
      items: model.factors.map((f) => `${f.id}.1`),
      partial: false,
      scores: [one.scores],
    });
    expect(compareResponses(model, [])).to.deep.equal({ items: [], partial: false, scores: [] });
  });
});

describe('aggregateResponses(model, responses) across instruments and versions', () => {
  it('scores a mixed group on the statements everyone was asked in the same words', () => {
    const group = aggregateResponses(model, [measured('full', 5, { 'commitment.1': 1 }), measured('quick', 1)]);
    expect(group.comparison.partial).to.equal(true);
    expect(group.scores.commitment).to.equal(0);
    const same = aggregateResponses(model, [measured('full', 5), measured('full', 1)]);
    expect(same.comparison.partial).to.equal(false);
    expect(same.comparison.items).to.have.length(36);
  });
});

describe('validateModel and validateResponse with versions', () => {
  it('keep instrumentVersion and wordingVersion of a model, and reject bad ones', () => {
    const ok = validateModel(JSON.parse(JSON.stringify(model)));
    expect(ok.ok).to.equal(true);
    if (ok.ok) {
      expect(ok.value.instrumentVersion).to.equal(2);
      expect(ok.value.factors[0].items[0].wordingVersion).to.equal(2);
    }
    const bad = JSON.parse(JSON.stringify(model));
    bad.instrumentVersion = 1.5;
    bad.factors[0].items[0].wordingVersion = 3;
    const result = validateModel(bad);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).to.contain('instrumentVersion: expected a whole number');
      expect(result.errors.join('\n')).to.contain('factors[0].items[0].wordingVersion');
    }
  });

  it('keep the optional round, instrumentVersion and phase of a response, and reject bad ones', () => {
    const r = { ...measured('quick', 3), round: 'kick-off', phase: 'growing' };
    const ok = validateResponse(r, model);
    expect(ok.ok).to.equal(true);
    if (ok.ok) expect(ok.value).to.include({ round: 'kick-off', instrumentVersion: 2, phase: 'growing' });
    const old = validateResponse(measured('quick', 3, {}, null), model);
    expect(old.ok && Object.keys(old.value)).not.to.include('instrumentVersion');
    const bad = validateResponse({ ...r, round: '', instrumentVersion: 0, phase: 'blooming' }, model);
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.errors).to.have.length(3);
  });
});

describe('compareGroups(model, a, b)', () => {
  it('scores two groups from the statements all of them share: a quick round against a full one', () => {
    // Full: the quick statement 2 (25), the others 5; quick: 3 (50).
    const full = [1, 2].map(() =>
      measured('full', 5, Object.fromEntries(model.factors.map((f) => [`${f.id}.1`, 2 as const]))),
    );
    const quick = [1, 2, 3].map(() => measured('quick', 3));
    const { partial, items, scores } = compareGroups(model, quick, full);
    expect(partial).to.equal(true);
    expect(items).to.deep.equal(model.factors.map((f) => `${f.id}.1`));
    expect(scores[0].commitment).to.equal(50);
    expect(scores[1].commitment, 'the full round on its quick statements only').to.equal(25);
  });

  it('groups of one instrument keep their own figures, and an empty group scores null', () => {
    const a = [measured('quick', 4), measured('quick', 2)];
    const { partial, scores } = compareGroups(model, a, []);
    expect(partial).to.equal(false);
    expect(scores[0].commitment).to.equal(50);
    expect(scores[1].commitment).to.equal(null);
  });
});
