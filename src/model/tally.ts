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
  /** The distinct values seen, in order of first appearance, and how often each came. */
  private readonly values: number[] = [];
  private readonly counts: number[] = [];
  /** Value → slot, once there are more distinct values than a short scan is quick for (an overall score). */
  private index: Map<number, number> | null = null;
  private sum = 0;
  /** How many scores were added. */
  n = 0;
  private sorted: number[] | null = null;

  /** Adds a score; anything that is not a finite number is ignored (not assessed). */
  add(value: unknown): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    this.count(value, 1);
    this.sum += value;
  }

  /** Adds everything `other` counted (its sum as one number: the same figures to two decimals). */
  absorb(other: ScoreTally): void {
    other.values.forEach((value, slot) => this.count(value, other.counts[slot]));
    this.sum += other.sum;
  }

  /** Counts `value` `times` more (its sum is the caller's). */
  private count(value: number, times: number): void {
    // A scan of a few numbers, not a Map: a factor score takes 5 to 13 values, and a scan of those
    // is cheaper than hashing a double, for each of 10,000 respondents × 12 factors.
    const values = this.values;
    let slot = this.index ? (this.index.get(value) ?? -1) : values.indexOf(value);
    if (slot < 0) {
      slot = values.length;
      values.push(value);
      this.counts.push(0);
      this.sorted = null;
      if (this.index) this.index.set(value, slot);
      else if (values.length > SCAN_LIMIT) this.index = new Map(values.map((v, i) => [v, i]));
    }
    this.counts[slot] += times;
    this.n += times;
  }

  /** The value at 0-based rank `rank` of the sorted scores (`order`: slots sorted by value). */
  private at(order: readonly number[], rank: number): number {
    let seen = 0;
    for (const slot of order) {
      seen += this.counts[slot];
      if (rank < seen) return this.values[slot];
    }
    return this.values[order[order.length - 1]];
  }

  /** Count, mean, minimum, quartiles and maximum, rounded to two decimals; null when empty. */
  summary(): Summary | null {
    const order = (this.sorted ??= this.values.map((_, i) => i).sort((a, b) => this.values[a] - this.values[b]));
    return summaryOf(this.n, this.sum, (rank) => this.at(order, rank));
  }
}

/** Up to this many distinct values a tally finds a value's slot by scanning; beyond, by a Map. */
const SCAN_LIMIT = 16;

/** Counts of the answers given to a factor's statements: index 0–4 for 1–5, index 5 for "don't know". */
export type AnswerCounts = [number, number, number, number, number, number];

export const emptyAnswerCounts = (): AnswerCounts => [0, 0, 0, 0, 0, 0];
