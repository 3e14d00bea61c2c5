/**
 * Holds the latest value and writes it `delay` ms after the last change, or at once on `flush()`.
 * SeedsStorage uses it for the draft: a write per answer is wasteful, losing the last answer is worse,
 * so the element flushes on `pagehide` and when the page becomes hidden.
 */
export class Debouncer<T> {
  private timer?: ReturnType<typeof setTimeout>;
  private latest?: { value: T };

  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly delay: number,
  ) {}

  /** True while a value waits to be written. */
  get pending(): boolean {
    return this.latest !== undefined;
  }

  /** Replaces the waiting value and restarts the delay. */
  schedule(value: T): void {
    this.latest = { value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes the waiting value now (the write starts synchronously enough for `pagehide`). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const latest = this.latest;
    this.latest = undefined;
    if (latest) await this.write(latest.value);
  }

  /** Drops the waiting value when `matches` says so (all by default). */
  cancel(matches: (value: T) => boolean = () => true): void {
    if (this.latest && matches(this.latest.value)) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.latest = undefined;
    }
  }
}
