/**
 * A file the builds split off and load with `import()` when it is first needed (issue 13): loaded
 * once, its value kept for synchronous use afterwards, and a failed load (the network is down)
 * tried again on the next call instead of being remembered as failed.
 *
 * A call that finds a load under way waits for it; when that load fails, the call makes one of
 * its own. The load under way may have been asked for before the network came back, and a "Try
 * again" that shared its failure would look like a button that does nothing.
 *
 * @example
 * ```ts
 * const checks = lazyFile(() => import('./record-checks.js')); // the import stays here, for the bundler
 * await checks.load(); checks.current()?.validateHistoryEntry(…);
 * ```
 */
export interface LazyFile<T> {
  /** The value once loaded, else null. */
  current(): T | null;
  /** Whether a load is under way. */
  busy(): boolean;
  /** Loads the file (once; again after a failure). */
  load(): Promise<T>;
}

export function lazyFile<T>(load: () => Promise<T>): LazyFile<T> {
  let value: T | null = null;
  let attempt: Promise<T> | null = null;
  let settled = false;
  const start = () =>
    (attempt ??= load().then(
      (loaded) => {
        settled = true;
        return (value = loaded);
      },
      (error: unknown) => {
        attempt = null;
        throw error;
      },
    ));
  return {
    current: () => value,
    busy: () => attempt !== null && !settled,
    load: () =>
      // No wrapper when none is needed: a loaded file's callers go on after one tick, as before.
      attempt === null || settled ? start() : start().catch(() => start()),
  };
}
