import type { Timers } from '../../src/services/timers.js';

interface Planned {
  readonly id: number;
  readonly at: number;
  readonly ms: number;
  readonly run: () => void;
}

/**
 * A clock and timers that move only when the test says so: retries, request timeouts and polls are
 * run by `advance(ms)` or `runNext()`, so a test asserts exact delays and proves "nothing else will
 * happen" by finding nothing planned, instead of waiting.
 *
 * @example
 * ```ts
 * const clock = new ManualClock();
 * const outbox = new Outbox({ storage, timers: clock, now: clock.now });
 * await outbox.enqueue(response, endpoint);
 * await outbox.whenIdle();
 * expect(clock.delays()).to.deep.equal([2000]); // the retry, and nothing else
 * clock.advance(2000);
 * ```
 */
export class ManualClock implements Timers {
  private time: number;
  private nextId = 1;
  private readonly planned = new Map<number, Planned>();

  constructor(start = Date.parse('2026-03-01T12:00:00.000Z')) {
    this.time = start;
  }

  /** The current time in ms since the epoch (pass as `now`). */
  readonly now = (): number => this.time;

  readonly setTimeout = (run: () => void, ms: number): number => {
    const id = this.nextId++;
    this.planned.set(id, { id, at: this.time + Math.max(0, ms), ms, run });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.planned.delete(handle as number);
  };

  /** The delays (ms, as asked for) of the timers still planned, in the order they fall due. */
  delays(): number[] {
    return this.due().map((t) => t.ms);
  }

  /** Moves the clock on by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (let next = this.due()[0]; next && next.at <= until; next = this.due()[0]) {
      this.time = next.at;
      this.planned.delete(next.id);
      next.run();
    }
    this.time = until;
  }

  /** Moves the clock to the first planned timer and runs it; fails when nothing is planned. */
  runNext(): void {
    const next = this.due()[0];
    if (!next) throw new Error('no timer is planned');
    this.advance(next.at - this.time);
  }

  /** Runs the first planned timer whose delay matches, at once and alone (the clock does not move). */
  runWhere(match: (ms: number) => boolean): void {
    const next = this.due().find((t) => match(t.ms));
    if (!next) throw new Error('no such timer is planned');
    this.planned.delete(next.id);
    next.run();
  }

  private due(): Planned[] {
    return [...this.planned.values()].sort((a, b) => a.at - b.at || a.id - b.id);
  }
}

/** One call of a `DeferredFetch`: answer it when the test is ready. */
export interface PendingRequest {
  readonly url: string;
  readonly init: RequestInit;
  answer(status: number, headers?: Record<string, string>): void;
  fail(error?: Error): void;
}

/**
 * A `fetch` whose calls wait until the test answers them, so "a request is under way" is a state
 * the test holds rather than a delay it hopes is long enough. An aborted call rejects like fetch.
 */
export class DeferredFetch {
  readonly calls: PendingRequest[] = [];
  private readonly waiters: (() => void)[] = [];

  readonly fetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      this.calls.push({
        url: String(input),
        init,
        answer: (status, headers = {}) => resolve(new Response(null, { status, headers })),
        fail: (error = new TypeError('Failed to fetch')) => reject(error),
      });
      this.waiters.splice(0).forEach((wake) => wake());
    })) as typeof fetch;

  /** Resolves with call number `n` (0-based) once it has been made. */
  async call(n: number): Promise<PendingRequest> {
    while (this.calls.length <= n) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.calls[n];
  }
}
