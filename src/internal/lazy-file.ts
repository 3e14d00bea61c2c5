/**
 * A file the builds split off and load with `import()` when it is first needed (issue 13): loaded
 * once, its value kept for synchronous use afterwards, and a failed load (the network is down)
 * tried again on the next call instead of being remembered as failed.
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
  /** Loads the file (once; again after a failure). */
  load(): Promise<T>;
}

export function lazyFile<T>(load: () => Promise<T>): LazyFile<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    current: () => value,
    load: () =>
      (loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
  };
}
