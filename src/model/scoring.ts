import { idRecord, ownValue, round2 } from './checks.js';
import type { ModelFactor, QuestionItem } from './model.js';
import type { AnswerValue } from './scale.js';

/** Factor id → 0–100, or null when none of its statements was answered. */
export type Scores = Record<string, number | null>;

/** Item id → answer. A missing key means "not answered yet"; null means "don't know". */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Maps a mean on the 1–5 scale to 0–100. */
export function toPercent(mean: number): number {
  return (mean - 1) * 25;
}

/**
 * The mean of the answered values mapped to 0–100, or null when nothing was answered.
 * "Don't know" (null) and unanswered items do not count, so they never pull a score to zero.
 */
export function scoreValues(values: readonly (AnswerValue | undefined)[]): number | null {
  const answered = values.filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
  if (answered.length === 0) return null;
  const mean = answered.reduce((sum, v) => sum + v, 0) / answered.length;
  return round2(toPercent(mean));
}

/** Scores every factor from the answers to the given items (`questionItems(model, instrument)`). */
export function scoreFactors(
  factors: readonly Pick<ModelFactor, 'id'>[],
  items: readonly Pick<QuestionItem, 'id' | 'factor'>[],
  answers: Answers,
): Scores {
  const scores: Scores = idRecord();
  for (const factor of factors) {
    scores[factor.id] = scoreValues(items.filter((i) => i.factor === factor.id).map((i) => ownValue(answers, i.id)));
  }
  return scores;
}

/** The mean of the non-null scores, or null when there are none. */
export function overallScore(scores: Readonly<Scores>): number | null {
  const values = Object.values(scores).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}
