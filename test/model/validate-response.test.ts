/* eslint-disable @typescript-eslint/no-explicit-any -- the cases edit free-form JSON copies of a response on purpose */
import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { questionItems, type Model, type ModelFactor } from '../../src/model/model.js';
import { buildResponse } from '../../src/model/build-response.js';
import type { SeedsResponse } from '../../src/model/response.js';
import type { AnswerValue } from '../../src/model/scale.js';
import { parseResponseJson, validateResponse } from '../../src/model/validate-response.js';

function factor(id: string, number: number): ModelFactor {
  return {
    id,
    number,
    group: 'people',
    related: [],
    content: { nl: { title: id }, en: { title: id } },
    items: [1, 2, 3].map((n) => ({ id: `${id}.${n}`, text: { nl: `${id} ${n}`, en: `${id} ${n}` } })),
  };
}
const model: Model = { factors: [factor('a', 1), factor('b', 2)] };

const ID = '3f2b8c1e-9d4a-4e6b-8a7c-1d2e3f4a5b6c';
function valid(instrument: 'quick' | 'full' = 'full'): SeedsResponse {
  return buildResponse({
    id: ID,
    model,
    instrument,
    locale: 'nl',
    community: 'greenport',
    role: 'education',
    answers: { 'a.1': 5, 'a.2': 4, 'a.3': null, 'b.1': 1 },
    startedAt: new Date('2025-06-03T09:00:00Z'),
    completedAt: new Date('2025-06-03T09:04:30Z'),
  });
}
/** A JSON copy with changes, as a file or request body would arrive. */
function edited(change: (r: Record<string, any>) => void, base: SeedsResponse = valid()): unknown {
  const copy = JSON.parse(JSON.stringify(base));
  change(copy);
  return copy;
}
function errorsOf(input: unknown, m?: Model): string[] {
  const result = validateResponse(input, m);
  expect(result.ok, 'expected the response to be rejected').to.equal(false);
  return result.ok ? [] : result.errors;
}

describe('validateResponse(input)', () => {
  it('accepts a built response and returns it unchanged', () => {
    const response = valid();
    expect(response.scores).to.deep.equal({ a: 87.5, b: 0 });
    expect(validateResponse(response)).to.deep.equal({ ok: true, value: response });
    expect(validateResponse(valid('quick'))).to.deep.equal({ ok: true, value: valid('quick') });
  });

  it('accepts null community and role, a null score for a factor answered "don\'t know" only, and an offset time', () => {
    const input = edited((r) => {
      r.community = null;
      r.respondent.role = null;
      r.answers.forEach((a: { factor: string; value: AnswerValue }) => a.factor === 'b' && (a.value = null));
      r.scores.b = null;
      r.completedAt = '2025-06-03T11:04:30+02:00';
    });
    expect(validateResponse(input).ok).to.equal(true);
  });

  it('returns scores as a record without a prototype, whose own entries are the factors only', () => {
    const result = validateResponse(edited(() => undefined));
    if (!result.ok) throw new Error(result.errors.join('; '));
    const scores = result.value.scores;
    expect(Object.getPrototypeOf(scores)).to.equal(null);
    expect(Object.keys(scores)).to.deep.equal(['a', 'b']);
    expect('toString' in scores).to.equal(false);
  });

  it('drops fields it does not know', () => {
    const result = validateResponse(edited((r) => (r.extra = 'x')));
    expect(result.ok && 'extra' in result.value).to.equal(false);
  });

  it('rejects what is not an object', () => {
    expect(errorsOf(null)).to.deep.equal(['response: expected an object, got null']);
    expect(errorsOf([])).to.deep.equal(['response: expected an object, got []']);
    expect(errorsOf('{}')).to.deep.equal(['response: expected an object, got "{}"']);
  });

  const cases: [string, (r: Record<string, any>) => void, string][] = [
    [
      'a wrong schema',
      (r) => (r.schema = 'other/thing'),
      'schema: expected "seeds-of-innovation/response", got "other/thing"',
    ],
    ['another schema version', (r) => (r.schemaVersion = 2), 'schemaVersion: expected 1, got 2'],
    ['a schema version as text', (r) => (r.schemaVersion = '1'), 'schemaVersion: expected 1, got "1"'],
    ['an id that is no UUID', (r) => (r.id = 'abc'), 'id: expected a UUID, got "abc"'],
    ['a missing id', (r) => delete r.id, 'id: expected a UUID, got undefined'],
    ['a community that is a number', (r) => (r.community = 5), 'community: expected a text or null, got 5'],
    ['a missing community', (r) => delete r.community, 'community: expected a text or null, got undefined'],
    ['an unknown instrument', (r) => (r.instrument = 'long'), 'instrument: "long" is not one of quick, full'],
    ['an unknown locale', (r) => (r.locale = 'de'), 'locale: "de" is not one of nl, en'],
    [
      'a date without a time',
      (r) => (r.startedAt = '2025-06-03'),
      'startedAt: expected an ISO 8601 date and time like "2025-06-03T09:30:00.000Z", got "2025-06-03"',
    ],
    [
      'an impossible date',
      (r) => (r.completedAt = '2025-13-45T09:00:00Z'),
      'completedAt: expected an ISO 8601 date and time like "2025-06-03T09:30:00.000Z", got "2025-13-45T09:00:00Z"',
    ],
    [
      'a date as a number',
      (r) => (r.completedAt = 1748941200000),
      'completedAt: expected an ISO 8601 date and time like "2025-06-03T09:30:00.000Z", got 1748941200000',
    ],
    ['a missing respondent', (r) => delete r.respondent, 'respondent: expected an object with "role", got undefined'],
    [
      'an unknown role',
      (r) => (r.respondent.role = 'farmer'),
      'respondent.role: "farmer" is not one of business, government, knowledge, education, other or null',
    ],
    [
      'a missing role',
      (r) => (r.respondent = {}),
      'respondent.role: undefined is not one of business, government, knowledge, education, other or null',
    ],
    [
      'answers that are no array',
      (r) => (r.answers = {}),
      'answers: expected an array of { item, factor, value }, got {}',
    ],
    ['an answer that is no object', (r) => (r.answers[1] = 4), 'answers[1]: expected { item, factor, value }, got 4'],
    ['a value above 5', (r) => (r.answers[3].value = 7), 'answers[3].value: 7 is not 1–5 or null'],
    ['a value of 0', (r) => (r.answers[3].value = 0), 'answers[3].value: 0 is not 1–5 or null'],
    ['a fractional value', (r) => (r.answers[3].value = 2.5), 'answers[3].value: 2.5 is not 1–5 or null'],
    ['a value as text', (r) => (r.answers[3].value = '3'), 'answers[3].value: "3" is not 1–5 or null'],
    ['a missing value', (r) => delete r.answers[3].value, 'answers[3].value: missing (use null for "don\'t know")'],
    ['a missing item', (r) => delete r.answers[0].item, 'answers[0].item: expected an item id, got undefined'],
    ['an item answered twice', (r) => (r.answers[1].item = 'a.1'), 'answers[1].item: "a.1" is answered twice'],
    ['a missing factor', (r) => (r.answers[0].factor = ''), 'answers[0].factor: expected a factor id, got ""'],
    [
      'scores that are no object',
      (r) => (r.scores = [87.5, 0]),
      'scores: expected an object of factor id → 0–100 or null, got [87.5,0]',
    ],
    ['a score above 100', (r) => (r.scores.a = 101), 'scores.a: 101 is not 0–100 or null'],
    ['a negative score', (r) => (r.scores.b = -1), 'scores.b: -1 is not 0–100 or null'],
    ['a score as text', (r) => (r.scores.a = '87.5'), 'scores.a: "87.5" is not 0–100 or null'],
    [
      'a score that does not match the answers',
      (r) => (r.scores.a = 50),
      'scores.a: 50 does not match the answers (expected 87.5)',
    ],
    [
      'a null score for answered items',
      (r) => (r.scores.b = null),
      'scores.b: null does not match the answers (expected 0)',
    ],
    [
      'a missing score for answered items',
      (r) => delete r.scores.b,
      'scores.b: missing, though the answers include this factor',
    ],
    ['a score without answers', (r) => (r.scores.c = 50), 'scores.c: there are no answers for this factor'],
  ];
  for (const [what, change, error] of cases) {
    it(`rejects ${what}`, () => {
      expect(errorsOf(edited(change))).to.deep.equal([error]);
    });
  }

  it('rejects a NaN score passed as an object', () => {
    const response = { ...valid(), scores: { a: NaN, b: 0 } };
    expect(errorsOf(response)).to.deep.equal(['scores.a: NaN is not 0–100 or null']);
  });

  it('allows a score that differs from the answers by rounding only', () => {
    expect(validateResponse(edited((r) => (r.scores.a = 87.505))).ok).to.equal(true);
    expect(validateResponse(edited((r) => (r.scores.a = 87.52))).ok).to.equal(false);
  });

  it('reports every problem at once, up to a limit', () => {
    expect(errorsOf(edited((r) => ((r.schemaVersion = 2), (r.locale = 'fr'), (r.answers[0].value = 9))))).to.deep.equal(
      [
        'schemaVersion: expected 1, got 2',
        'locale: "fr" is not one of nl, en',
        'answers[0].value: 9 is not 1–5 or null',
      ],
    );
    const many = errorsOf(
      edited((r) => (r.answers = Array.from({ length: 40 }, (_, i) => ({ item: `x.${i}`, factor: 'x', value: 9 })))),
    );
    expect(many).to.have.length(26);
    expect(many[25]).to.equal('… and 15 more problems');
  });

  it('shortens long values in messages', () => {
    const [error] = errorsOf(edited((r) => (r.id = 'x'.repeat(100))));
    expect(error).to.equal(`id: expected a UUID, got "${'x'.repeat(36)}…`);
  });
});

describe('validateResponse(input, model)', () => {
  it('accepts a response built from the model, for both instruments', () => {
    expect(validateResponse(valid(), model).ok).to.equal(true);
    expect(validateResponse(valid('quick'), model).ok).to.equal(true);
  });

  it('rejects a factor the model does not have', () => {
    const input = edited((r) => {
      r.answers.push({ item: 'z.1', factor: 'z', value: 3 });
      r.scores.z = 50;
    });
    expect(errorsOf(input, model)).to.deep.equal([
      'answers[6].item: "z.1" is not a statement of the model',
      'answers[6].factor: "z" is not a factor of the model',
      'scores.z: not a factor of the model',
    ]);
  });

  it('rejects an answer filed under the wrong factor', () => {
    expect(
      errorsOf(
        edited((r) => (r.answers[0].factor = 'b')),
        model,
      ),
    ).to.deep.equal(['answers[0].factor: "a.1" belongs to "a", not "b"']);
  });

  it('rejects answers to statements the instrument does not ask, and missing ones', () => {
    const quick = valid('quick');
    expect(
      errorsOf(
        edited((r) => r.answers.push({ item: 'a.2', factor: 'a', value: 1 }), quick),
        model,
      ),
    ).to.deep.equal(['answers[2].item: "a.2" is not asked by the quick instrument']);
    expect(
      errorsOf(
        edited((r) => r.answers.splice(1, 2)),
        model,
      ),
    ).to.deep.equal([
      'answers: missing a.2, a.3 of the full instrument',
      'scores.a: 87.5 does not match the answers (expected 100)',
    ]);
  });

  it('recomputes the scores from the answers', () => {
    expect(
      errorsOf(
        edited((r) => (r.scores.a = 50)),
        model,
      ),
    ).to.deep.equal(['scores.a: 50 does not match the answers (expected 87.5)']);
    expect(
      errorsOf(
        edited((r) => delete r.scores.b),
        model,
      ),
    ).to.deep.equal(['scores.b: missing']);
  });
});

describe('parseResponseJson(text, model?)', () => {
  it('parses and validates a response file', () => {
    expect(parseResponseJson(JSON.stringify(valid()))).to.deep.equal({ ok: true, value: valid() });
  });

  it('ignores a byte order mark', () => {
    expect(parseResponseJson('\uFEFF' + JSON.stringify(valid()), model).ok).to.equal(true);
  });

  it('says so when the file is not JSON', () => {
    const result = parseResponseJson('{"schema": "seeds-of-innovation/response",');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.have.length(1);
      expect(result.errors[0]).to.match(/^The file is not valid JSON: \S/);
    }
  });

  it('says so when the file is empty', () => {
    expect(parseResponseJson('  \n')).to.deep.equal({ ok: false, errors: ['The file is empty.'] });
  });

  it('passes on validation errors', () => {
    expect(parseResponseJson('[]')).to.deep.equal({ ok: false, errors: ['response: expected an object, got []'] });
  });

  it('round-trips a response of the default model: export, parse and validate give the same scores', () => {
    for (const instrument of ['quick', 'full'] as const) {
      const items = questionItems(DEFAULT_MODEL, instrument);
      const values: AnswerValue[] = [1, 2, 3, 4, 5, null];
      const answers = Object.fromEntries(items.map((item, i) => [item.id, values[(i * 7) % values.length]]));
      const response = buildResponse({
        id: crypto.randomUUID(),
        model: DEFAULT_MODEL,
        instrument,
        locale: 'en',
        community: null,
        role: 'knowledge',
        answers,
        startedAt: new Date('2025-06-03T09:00:00Z'),
        completedAt: new Date('2025-06-03T09:10:00Z'),
      });
      const result = parseResponseJson(JSON.stringify(response, null, 2), DEFAULT_MODEL);
      expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
      if (result.ok) {
        expect(result.value).to.deep.equal(response);
        expect(result.value.scores).to.deep.equal(response.scores);
        expect(Object.keys(result.value.scores)).to.have.length(12);
      }
    }
  });
});

describe('validateResponse(input) with the optional round (v2)', () => {
  it('keeps a round and accepts a response without one', () => {
    const result = validateResponse(
      edited((r) => (r.round = 'kick-off')),
      model,
    );
    expect(result.ok && result.value.round).to.equal('kick-off');
    const without = validateResponse(valid(), model);
    expect(without.ok && 'round' in without.value).to.equal(false);
  });
  it('refuses an empty, long or non-text round', () => {
    for (const round of ['', 'x'.repeat(201), 3, null]) {
      expect(
        validateResponse(
          edited((r) => (r.round = round)),
          model,
        ).ok,
        String(round),
      ).to.equal(false);
    }
  });
});
