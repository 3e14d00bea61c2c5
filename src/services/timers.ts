/**
 * Where delays are scheduled: the global timers, or a test's, which runs them when the test says
 * so instead of waiting (retries, request timeouts, polling).
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const GLOBAL_TIMERS: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** `promise`, or a `TimeoutError` after `ms` (an IndexedDB open that is blocked never settles). */
export function withTimeout<T>(promise: Promise<T>, ms: number, timers: Timers = GLOBAL_TIMERS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.setTimeout(() => reject(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
    promise.then(
      (value) => (timers.clearTimeout(timer), resolve(value)),
      (error: unknown) => (timers.clearTimeout(timer), reject(error)),
    );
  });
}
