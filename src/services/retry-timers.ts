import { backoffDelay, type BackoffOptions } from './backoff.js';
import { GLOBAL_TIMERS, type Timers } from './timers.js';

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_TIMER = 2 ** 31 - 1;

export interface RetryDelayOptions {
  readonly backoff?: Partial<BackoffOptions>;
  /** A longer `Retry-After` than this (ms) is shortened to it. Default one hour. */
  readonly maxRetryAfter?: number;
  readonly random?: () => number;
}

/**
 * The wait (ms) after failed attempt `attempt`: the backoff, or the server's `Retry-After` when that
 * is longer. A `Retry-After` only lengthens the backoff: `0`, a date in the past or a clock ahead of
 * the server's must not turn a 429 into a request storm.
 */
export function retryDelay(attempt: number, retryAfter: number | undefined, options: RetryDelayOptions): number {
  const backoff = backoffDelay(attempt, options.backoff, options.random);
  return Math.max(backoff, Math.min(retryAfter ?? 0, options.maxRetryAfter ?? 3_600_000));
}

/** At most one planned attempt per response id: planning again replaces it, `cancelAll` drops every one. */
export class RetryTimers {
  private readonly planned = new Map<string, unknown>();

  constructor(private readonly timers: Timers = GLOBAL_TIMERS) {}

  /** Runs `run` for `id` after `delay` ms (clamped to what a timer can wait). */
  plan(id: string, delay: number, run: () => void): void {
    this.cancel(id);
    const handle = this.timers.setTimeout(
      () => {
        this.planned.delete(id);
        run();
      },
      Math.min(Math.max(0, delay), MAX_TIMER),
    );
    this.planned.set(id, handle);
  }

  cancel(id: string): void {
    if (this.planned.has(id)) this.timers.clearTimeout(this.planned.get(id));
    this.planned.delete(id);
  }

  cancelAll(): void {
    for (const handle of this.planned.values()) this.timers.clearTimeout(handle);
    this.planned.clear();
  }

  /** The ids with an attempt planned. */
  get ids(): string[] {
    return [...this.planned.keys()];
  }
}
