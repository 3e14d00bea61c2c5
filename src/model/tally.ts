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
    // A scan of a few numbers, written out: a factor score takes 5 to 13 values, and counting
    // 10,000 respondents × 12 factors runs mostly before the JIT has optimised it, where every call
    // (a Map's hash, indexOf, a helper) costs more than the scan.
    const values = this.values;
    if (this.index === null) {
      for (let i = 0; i < values.length; i++) {
        if (values[i] === value) {
          this.counts[i] += 1;
          this.n += 1;
          this.sum += value;
          return;
        }
      }
    }
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

  /** Count, mean, minimum, quartiles and maximum, rounded to two decimals; null when empty. */
  summary(): Summary | null {
    const order = (this.sorted ??= this.values.map((_, i) => i).sort((a, b) => this.values[a] - this.values[b]));
    const counts = this.counts;
    // The value at a rank, walking the sorted values from where the last rank was found: the five
    // numbers ask for ranks in rising order, so one walk serves them all (an overall score takes
    // hundreds of distinct values).
    let k = 0;
    let below = 0;
    return summaryOf(this.n, this.sum, (rank) => {
      if (rank < below) [k, below] = [0, 0];
      while (k < order.length - 1 && rank >= below + counts[order[k]]) below += counts[order[k++]];
      return this.values[order[k]];
    });
  }
}

/** Up to this many distinct values a tally finds a value's slot by scanning; beyond, by a Map. */
const SCAN_LIMIT = 16;

/** Counts of the answers given to a factor's statements: index 0–4 for 1–5, index 5 for "don't know". */
export type AnswerCounts = [number, number, number, number, number, number];

export const emptyAnswerCounts = (): AnswerCounts => [0, 0, 0, 0, 0, 0];
