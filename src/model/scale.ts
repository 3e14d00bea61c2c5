/** An answer: 1 = strongly disagree … 5 = strongly agree; null = don't know / not applicable. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

/** The options in the order they are offered. `null` is "don't know". */
export const SCALE_VALUES: readonly AnswerValue[] = [1, 2, 3, 4, 5, null];

export function isAnswerValue(value: unknown): value is AnswerValue {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}
