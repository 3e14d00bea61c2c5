/** Exponential backoff timings, in ms. */
export interface BackoffOptions {
  /** The cap of the first retry's delay. Default 2000. */
  readonly base: number;
  /** Growth per attempt. Default 2. */
  readonly factor: number;
  /** The largest cap. Default 300000 (5 minutes). */
  readonly max: number;
  /**
   * The shortest wait after a failed try, in ms. Default half the attempt's cap, so the waits of
   * many widgets spread out but never collapse to nothing (no request storm on `Retry-After: 0`).
   */
  readonly floor?: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { base: 2000, factor: 2, max: 5 * 60 * 1000 };

/**
 * The wait before the next try after `attempt` failed tries: a random time between the floor
 * (half the cap unless set) and the cap `min(max, base × factor^(attempt − 1))`, so many widgets
 * that lost the same server do not all come back at the same moment, and none comes back at once.
 *
 * @example
 * ```ts
 * backoffDelay(1); // 1–2 s
 * backoffDelay(3); // 4–8 s
 * backoffDelay(3, { base: 10, factor: 2, max: 100 }, () => 1); // 40
 * ```
 */
export function backoffDelay(
  attempt: number,
  options: Partial<BackoffOptions> = {},
  random: () => number = Math.random,
): number {
  const cap = backoffCap(attempt, options);
  const floor = backoffFloor(attempt, options);
  return Math.round(floor + random() * (cap - floor));
}

/** The shortest wait `backoffDelay` can give after `attempt` failed tries. */
export function backoffFloor(attempt: number, options: Partial<BackoffOptions> = {}): number {
  const cap = backoffCap(attempt, options);
  return Math.min(cap, Math.max(0, options.floor ?? cap / 2));
}

function backoffCap(attempt: number, options: Partial<BackoffOptions>): number {
  const { base, factor, max } = { ...DEFAULT_BACKOFF, ...options };
  return Math.min(max, base * factor ** Math.max(0, attempt - 1));
}
