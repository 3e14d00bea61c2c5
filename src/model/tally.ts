import { summaryOf, type Summary } from './stats.js';

/**
 * A running count of 0–100 scores that answers count, mean and quartiles without keeping or
 * sorting the values.
 *
 * Why a histogram: a factor score is the mean of one to three answers on a five-point scale, so
 * it takes only a handful of distinct values (5 for the quick instrument, 13 for the full one).
 * Adding a respondent is then O(1) and a summary is O(distinct values), so a group view can take
 * in one new response among 10,000 without going over the other 9,999 again.
 *
 * The quartiles are the same as `summarize` gives (Hyndman & Fan type 7) on the same values.
 *
 * @example
 * ```ts
 * const t = new ScoreTally();
 * [0, 0, 100].forEach((v) => t.add(v));
 * t.summary(); // { n: 3, mean: 33.33, min: 0, q1: 0, median: 0, q3: 50, max: 100 }
 * ```
 */
export class ScoreTally {
  private readonly counts = new Map<number, number>();
  private sum = 0;
  /** How many scores were added. */
  n = 0;
  private sorted: number[] | null = null;

  /** Adds a score; anything that is not a finite number is ignored (not assessed). */
  add(value: unknown): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const before = this.counts.get(value);
    this.counts.set(value, (before ?? 0) + 1);
    if (before === undefined) this.sorted = null;
    this.sum += value;
    this.n += 1;
  }

  /** The value at 0-based rank `rank` of the sorted scores. */
  private at(keys: readonly number[], rank: number): number {
    let seen = 0;
    for (const key of keys) {
      seen += this.counts.get(key)!;
      if (rank < seen) return key;
    }
    return keys[keys.length - 1];
  }

  /** Count, mean, minimum, quartiles and maximum, rounded to two decimals; null when empty. */
  summary(): Summary | null {
    const keys = (this.sorted ??= [...this.counts.keys()].sort((a, b) => a - b));
    return summaryOf(this.n, this.sum, (rank) => this.at(keys, rank));
  }
}

/** Counts of the answers given to a factor's statements: index 0–4 for 1–5, index 5 for "don't know". */
export type AnswerCounts = [number, number, number, number, number, number];

export const emptyAnswerCounts = (): AnswerCounts => [0, 0, 0, 0, 0, 0];
