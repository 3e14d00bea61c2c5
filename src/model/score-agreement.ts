import { idRecord, show } from './checks.js';
import { questionItems, type InstrumentId, type Model } from './model.js';
import type { ResponseAnswer } from './response.js';
import type { AnswerValue } from './scale.js';
import { scoreFactors, scoreValues, type Answers, type Scores } from './scoring.js';

// Whether a response's scores agree with its answers: on their own (without a model), or against
// the model's statements and factors. Problems are pushed to `errors` with the path where they sit.

/** Stored scores are rounded to two decimals; allow for another implementation rounding differently. */
const SCORE_TOLERANCE = 0.01;

/** Without a model: each answered factor's score is the mean of its answers (`scoreValues`), and no score lacks answers. */
export function checkAgreement(answers: readonly ResponseAnswer[], scores: Scores, errors: string[]): void {
  const byFactor = new Map<string, AnswerValue[]>();
  for (const a of answers) byFactor.set(a.factor, [...(byFactor.get(a.factor) ?? []), a.value]);
  for (const [factor, values] of byFactor) {
    if (!Object.hasOwn(scores, factor))
      errors.push(`scores.${factor}: missing, though the answers include this factor`);
    else mismatch(factor, scores[factor], scoreValues(values), errors);
  }
  for (const factor of Object.keys(scores)) {
    if (!byFactor.has(factor)) errors.push(`scores.${factor}: there are no answers for this factor`);
  }
}

interface ModelIndex {
  readonly factorIds: ReadonlySet<string>;
  readonly itemFactor: ReadonlyMap<string, string>;
  readonly asked: ReturnType<typeof questionItems>;
  readonly askedIds: ReadonlySet<string>;
}
// A group view validates thousands of responses against one model: its lookups are built once.
const indexes = new WeakMap<Model, Map<InstrumentId, ModelIndex>>();

function indexOf(model: Model, instrument: InstrumentId): ModelIndex {
  let byInstrument = indexes.get(model);
  if (!byInstrument) indexes.set(model, (byInstrument = new Map()));
  let index = byInstrument.get(instrument);
  if (!index) {
    const asked = questionItems(model, instrument);
    index = {
      factorIds: new Set(model.factors.map((f) => f.id)),
      itemFactor: new Map(model.factors.flatMap((f) => f.items.map((item) => [item.id, f.id] as const))),
      asked,
      askedIds: new Set(asked.map((q) => q.id)),
    };
    byInstrument.set(instrument, index);
  }
  return index;
}

export function checkAgainstModel(
  model: Model,
  instrument: InstrumentId,
  answers: readonly ResponseAnswer[],
  scores: Scores,
  errors: string[],
): void {
  const { factorIds, itemFactor, asked, askedIds } = indexOf(model, instrument);

  answers.forEach((a, i) => {
    const owner = itemFactor.get(a.item);
    if (owner === undefined) {
      errors.push(`answers[${i}].item: "${a.item}" is not a statement of the model`);
      if (!factorIds.has(a.factor)) errors.push(`answers[${i}].factor: "${a.factor}" is not a factor of the model`);
    } else if (owner !== a.factor)
      errors.push(`answers[${i}].factor: "${a.item}" belongs to "${owner}", not "${a.factor}"`);
    else if (!askedIds.has(a.item))
      errors.push(`answers[${i}].item: "${a.item}" is not asked by the ${instrument} instrument`);
  });
  const answered = new Set(answers.map((a) => a.item));
  const missing = asked.filter((q) => !answered.has(q.id)).map((q) => q.id);
  if (missing.length) errors.push(`answers: missing ${missing.join(', ')} of the ${instrument} instrument`);

  for (const id of Object.keys(scores)) {
    if (!factorIds.has(id)) errors.push(`scores.${id}: not a factor of the model`);
  }
  const record = idRecord<AnswerValue>();
  for (const a of answers) record[a.item] = a.value;
  const expected = scoreFactors(model.factors, asked, record as Answers);
  for (const factor of model.factors) {
    if (!Object.hasOwn(scores, factor.id)) errors.push(`scores.${factor.id}: missing`);
    else mismatch(factor.id, scores[factor.id], expected[factor.id], errors);
  }
}

function mismatch(factor: string, given: number | null, expected: number | null, errors: string[]): void {
  if (differs(given, expected)) {
    errors.push(`scores.${factor}: ${show(given)} does not match the answers (expected ${show(expected)})`);
  }
}

function differs(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b;
  return Math.abs(a - b) > SCORE_TOLERANCE;
}
