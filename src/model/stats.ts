import { round2 } from './checks.js';

/** Minimum, quartiles and maximum of a set of 0–100 scores: what a box plot and the flower's spread show. */
export interface FiveNumbers {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** How one factor's scores spread across a group: how many there are, and their five numbers. */
export interface FactorSpread extends FiveNumbers {
  readonly n: number;
}

/** A spread with the mean: what `summarize` and `ScoreTally` give. */
export interface Summary extends FactorSpread {
  readonly mean: number;
}

/**
 * The p-quantile of `n` sorted values read through `valueAt(rank)`, by linear interpolation between
 * the two nearest ranks: position h = (n − 1)·p, value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). This
 * is Hyndman & Fan type 7, the default of R, NumPy and Excel's QUARTILE.INC, so a facilitator can
 * check the figures in a spreadsheet. With one value every quantile is that value.
 */
export function quantileOf(n: number, valueAt: (rank: number) => number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = valueAt(lo);
  const b = lo + 1 < n ? valueAt(lo + 1) : a;
  return a + (h - lo) * (b - a);
}

/** `quantileOf` over a sorted array. */
export function quantile(sorted: readonly number[], p: number): number {
  return quantileOf(sorted.length, (rank) => sorted[rank], p);
}

/**
 * Count, mean, minimum, quartiles and maximum of `n` sorted values read through `valueAt(rank)`
 * with the given sum, rounded to two decimals; null when there are none.
 */
export function summaryOf(n: number, sum: number, valueAt: (rank: number) => number): Summary | null {
  if (n === 0) return null;
  const q = (p: number) => round2(quantileOf(n, valueAt, p));
  return { n, mean: round2(sum / n), min: valueAt(0), q1: q(0.25), median: q(0.5), q3: q(0.75), max: valueAt(n - 1) };
}

/**
 * Count, mean, minimum, quartiles and maximum of the finite numbers among `values` (null,
 * undefined and non-numbers are skipped), rounded to two decimals; null when there are none.
 */
export function summarize(values: readonly unknown[]): Summary | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return summaryOf(
    xs.length,
    xs.reduce((s, v) => s + v, 0),
    (rank) => xs[rank],
  );
}
