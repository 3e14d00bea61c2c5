import { expect } from '@open-wc/testing';
import { validateAgenda } from '../../src/model/validate-agenda.js';
import { aggregateResponses } from '../../src/model/aggregate.js';
import { attentionPoints } from '../../src/model/attention.js';
import { GroupTally, NO_ROUND } from '../../src/model/group-tally.js';
import type { Model, ModelFactor } from '../../src/model/model.js';
import { buildResponse } from '../../src/model/build-response.js';
import type { AnswerValue } from '../../src/model/scale.js';
import { validateModel } from '../../src/model/validate-model.js';
import { validateResponse } from '../../src/model/validate-response.js';

// Ids that every plain object already answers to. Validation refuses them (first line); the id-keyed
// data (scores, spread, tallies, reasons, actions) has no prototype either (second line), so a model
// that reached the model functions without validation still scores as any other.
const RESERVED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const model: Model = {
  factors: RESERVED.map((id, i): ModelFactor => ({
    id,
    number: i + 1,
    group: 'people',
    related: [],
    content: { nl: { title: id }, en: { title: id } },
    items: [{ id, text: { nl: id, en: id } }],
  })),
};
const answers = Object.fromEntries(RESERVED.map((id, i) => [id, (i + 1) as AnswerValue])); // 1…5: __proto__ is an own key
let n = 0;
const response = () =>
  buildResponse({
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    model,
    instrument: 'quick',
    locale: 'en',
    community: null,
    role: null,
    answers,
    startedAt: new Date('2026-03-01T09:00:00Z'),
    completedAt: new Date('2026-03-01T09:05:00Z'),
  });
// From JSON: in an object literal, `__proto__: 50` would not be a key at all.
const expected = JSON.parse('{"constructor":0,"toString":25,"__proto__":50,"hasOwnProperty":75,"valueOf":100}');

describe('ids that are names of Object.prototype', () => {
  it('score as any other id in a response, in a group and in the attention points', () => {
    const one = response();
    expect(one.answers.map((a) => a.value)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(Object.keys(one.scores)).to.deep.equal(RESERVED);
    expect(JSON.parse(JSON.stringify(one.scores))).to.deep.equal(expected);

    const group = aggregateResponses(model, [one, response()]);
    expect(Object.keys(group.scores)).to.deep.equal(RESERVED);
    const factor = (id: string) => group.factors[id]; // `.constructor` would be typed as Object's
    expect(factor('constructor')!.mean).to.equal(0);
    expect(factor('__proto__')!.mean).to.equal(50);

    const tally = new GroupTally(model);
    tally.add(one);
    const tallied = tally.result(NO_ROUND)!;
    expect(Object.keys(tallied.answers)).to.deep.equal(RESERVED);
    expect(tallied.answers.toString).to.deep.equal([0, 1, 0, 0, 0, 0]); // answered 2: "disagree"

    const points = attentionPoints(model, one.scores);
    expect(points.attention).to.deep.equal(['constructor', 'toString', '__proto__']);
    expect(points.reasons.constructor).to.deep.equal(['low', 'below-50']);
    expect(Object.keys(points.reasons)).to.deep.equal(['constructor', 'toString', '__proto__']);
  });

  it('keeps an agenda action for "__proto__" as an entry, not as a prototype', () => {
    const raw = JSON.parse(
      '{"selected":["__proto__"],"actions":{"__proto__":{"what":"talk","who":"me","when":"May"}}}',
    );
    const result = validateAgenda(raw);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(Object.keys(result.value.actions)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(result.value.actions)).to.equal(null);
  });

  it('are refused in a host model with a message that names the reason', () => {
    for (const id of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const result = validateModel({
        factors: [
          {
            id,
            group: 'people',
            content: { nl: { title: 'x' }, en: { title: 'x' } },
            items: [{ id: 'fine.1', text: { nl: 'x', en: 'x' } }],
          },
        ],
      });
      expect(result.ok, id).to.equal(false);
      if (!result.ok) expect(result.errors.join('\n')).to.contain(`"${id}" is a reserved name`);
    }
  });

  it('are refused in the scores of a response read from JSON ("__proto__": null)', () => {
    const good = response();
    const text = JSON.stringify({ ...good, scores: undefined }).replace(
      /}$/,
      ',"scores":{"__proto__":null,"constructor":0}}',
    );
    const result = validateResponse(JSON.parse(text));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.include('scores.__proto__: a reserved name, not a factor id');
  });
});
