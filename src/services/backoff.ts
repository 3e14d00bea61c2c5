/** Exponential backoff timings, in ms. */
export interface BackoffOptions {
  /** The cap of the first retry's delay. Default 2000. */
  readonly base: number;
  /** Growth per attempt. Default 2. */
  readonly factor: number;
  /** The largest cap. Default 300000 (5 minutes). */
  readonly max: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { base: 2000, factor: 2, max: 5 * 60 * 1000 };

/**
 * The wait before the next try after `attempt` failed tries, with "full jitter": a random time
 * between 0 and `min(max, base × factor^(attempt − 1))`, so many widgets that lost the same server
 * do not all come back at the same moment.
 *
 * @example
 * ```ts
 * backoffDelay(1); // 0–2 s
 * backoffDelay(3); // 0–8 s
 * backoffDelay(3, { base: 10, factor: 2, max: 100 }, () => 1); // 40
 * ```
 */
export function backoffDelay(
  attempt: number,
  options: Partial<BackoffOptions> = {},
  random: () => number = Math.random,
): number {
  const { base, factor, max } = { ...DEFAULT_BACKOFF, ...options };
  const cap = Math.min(max, base * factor ** Math.max(0, attempt - 1));
  return Math.round(random() * cap);
}

/**
 * A `Retry-After` header in ms from `now`: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Undefined when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Chromium's Date.parse accepts almost anything ("1.5"); an HTTP date always names a day or month.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
