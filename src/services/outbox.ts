import type { SeedsDeliveredDetail } from '../events/seeds-delivered.js';
import type { SeedsDeliveryErrorDetail } from '../events/seeds-delivery-error.js';
import type { SeedsResponse } from '../model/response.js';
import { advance, type Submission, type SubmissionEvent, type SubmissionState } from '../model/submission.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { postResponse, type DeliveryOutcome, type PostRequestInitHook } from './delivery.js';
import { resolveEndpoint } from './endpoint.js';
import { RECORD_VERSION, type OutboxEntry } from './records.js';
import type { SeedsStorage } from './storage.js';
import { GLOBAL_TIMERS, type Timers } from './timers.js';

/**
 * Where one response stands: the one lifecycle of `src/model/submission.ts` (`queued`, `sending`,
 * `sent`, `retrying`, `waiting-offline`, `failed`, `delegated`), with the response id. The outbox
 * moves it on with `advance()` and reports every change through `onStatus`.
 */
/** @deprecated The name of `SubmissionState` before there was one lifecycle; kept for hosts that import it. */
export type DeliveryState = SubmissionState;

export interface DeliveryStatus extends Submission {
  readonly id: string;
}

export interface OutboxOptions {
  storage: SeedsStorage;
  /** The host's request hook (read it from the element's property at call time). */
  requestInit?: PostRequestInitHook;
  /** Called before every POST; return false when the host takes the response over (a cancelled `seeds-submit`). */
  beforeSend?: (response: SeedsResponse, endpoint: string) => boolean | Promise<boolean>;
  /** After a 2xx → `seeds-delivered`. */
  onDelivered?: (detail: SeedsDeliveredDetail) => void;
  /** After a failed attempt → `seeds-delivery-error`. */
  onDeliveryError?: (detail: SeedsDeliveryErrorDetail) => void;
  /** On every change of a response's state → re-render. */
  onStatus?: (status: DeliveryStatus) => void;
  /** Request timeout in ms. Default 15000. */
  timeout?: number;
  backoff?: Partial<BackoffOptions>;
  /** A longer `Retry-After` than this (ms) is shortened to it. Default one hour. */
  maxRetryAfter?: number;
  random?: () => number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Where retries and request timeouts are scheduled. Default the global timers; tests inject their own. */
  timers?: Timers;
  /** Where `online` is heard. Default `globalThis` (the window). */
  target?: EventTarget;
  isOnline?: () => boolean;
}

/** Thrown by `enqueue` for an endpoint that is not an http(s) URL; nothing is stored or sent. */
export class InvalidEndpointError extends Error {
  override readonly name = 'InvalidEndpointError';
}

// Shared by every Outbox on the page: one POST per response id at a time, and ids that were
// delivered from this page, so a second element or a second call does not deliver again.
const inFlight = new Set<string>();
const deliveredHere = new Set<string>();

const MAX_TIMER = 2 ** 31 - 1;

/** A stored entry's place in the lifecycle before anything happened on this page. */
const stored = (entry: OutboxEntry): Submission => ({
  state: entry.state === 'failed' ? 'failed' : 'queued',
  attempt: entry.attempt,
});

/**
 * Delivers completed responses so that none is lost: each is stored in the outbox before its first
 * POST and leaves it only after a 2xx. Failed tries are retried with exponential backoff and
 * jitter, at once when the browser comes back `online`, and on the next page load (`start()`).
 *
 * @example
 * ```ts
 * const outbox = new Outbox({
 *   storage,
 *   requestInit: (r) => this.requestInit?.(r),
 *   beforeSend: (response, endpoint) => emit(this, 'seeds-submit', { response, endpoint }, { cancelable: true }),
 *   onDelivered: (d) => emit(this, 'seeds-delivered', d),
 *   onDeliveryError: (d) => emit(this, 'seeds-delivery-error', d),
 *   onStatus: () => this.requestUpdate(),
 * });
 * void outbox.start();                     // connectedCallback
 * await outbox.enqueue(response, endpoint); // on completion; endpoint from resolveEndpoint()
 * outbox.stop();                           // disconnectedCallback
 * ```
 */
export class Outbox {
  private readonly statuses = new Map<string, DeliveryStatus>();
  private readonly timers = new Map<string, unknown>();
  private readonly running = new Set<Promise<void>>();
  private listening = false;
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {}

  /**
   * Listens for `online` and tries every pending stored response now; `failed` ones only get their
   * status. With `resume` (an element re-connected on the same page) pending responses keep their
   * backoff and `Retry-After` instead, so frameworks that move elements around do not hammer the server.
   */
  async start({ resume = false }: { resume?: boolean } = {}): Promise<void> {
    this.stopped = false;
    if (!this.listening) {
      this.target.addEventListener('online', this.handleOnline);
      this.listening = true;
    }
    await this.attemptStored(!resume);
  }

  /** Stops listening and cancels scheduled retries; a POST under way finishes. Stored entries stay. */
  stop(): void {
    this.stopped = true;
    if (this.listening) this.target.removeEventListener('online', this.handleOnline);
    this.listening = false;
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Stores a completed response in the outbox, then makes the first attempt (in the background;
   * follow it through `onStatus`). Resolves once the response is stored.
   * @throws InvalidEndpointError when `endpoint` is not an absolute http(s) URL.
   */
  async enqueue(response: SeedsResponse, endpoint: string): Promise<void> {
    if (await this.store(response, endpoint)) this.send(response.id);
  }

  /**
   * Stores a completed response in the outbox without trying it yet; false when it was already
   * delivered from this page. Call `send(id)` to make the first attempt.
   * @throws InvalidEndpointError when `endpoint` is not an absolute http(s) URL.
   */
  async store(response: SeedsResponse, endpoint: string): Promise<boolean> {
    const checked = resolveEndpoint(endpoint, 'about:blank');
    if (!checked.ok) throw new InvalidEndpointError(checked.reason);
    const id = response.id;
    if (deliveredHere.has(id)) {
      this.alreadySent(id);
      return false;
    }
    const existing = await this.options.storage.getOutbox(id);
    if (deliveredHere.has(id)) return false; // delivered while we looked
    if (!existing) await this.options.storage.putOutbox(this.entryFor(response, checked.url));
    return true;
  }

  /**
   * The outbox record for a response not yet stored, for a caller that writes it together with other
   * records (`SeedsStorage.complete`); then call `send(id)`.
   * @throws InvalidEndpointError when `endpoint` is not an absolute http(s) URL.
   */
  entryFor(response: SeedsResponse, endpoint: string): OutboxEntry {
    const checked = resolveEndpoint(endpoint, 'about:blank');
    if (!checked.ok) throw new InvalidEndpointError(checked.reason);
    return {
      version: RECORD_VERSION,
      response,
      endpoint: checked.url,
      attempt: 0,
      nextAttemptAt: new Date(this.now()).toISOString(),
      state: 'pending',
    };
  }

  /** Makes an attempt for a stored response now (in the background); a `failed` one waits for `retry`. */
  send(id: string): void {
    this.track(this.attempt(id));
  }

  /** Tries a response again now, including a `failed` one. */
  retry(id: string): Promise<void> {
    return this.track(this.attempt(id, true));
  }

  /** The state of one response, if this outbox has seen it. */
  statusOf(id: string): DeliveryStatus | undefined {
    return this.statuses.get(id);
  }

  /** The state of every response this outbox has seen. */
  get all(): DeliveryStatus[] {
    return [...this.statuses.values()];
  }

  /** The ids whose next attempt is scheduled (a retry waiting for its backoff or `Retry-After`). */
  get scheduled(): string[] {
    return [...this.timers.keys()];
  }

  /** Whether an attempt (or a look at the stored responses) is under way. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Resolves when no attempt of this outbox is under way (for tests and shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private readonly handleOnline = (): void => {
    void this.track(this.attemptStored(true));
  };

  /** Tries every stored response; with `now` false, one whose next attempt lies ahead waits for it. */
  private async attemptStored(now: boolean): Promise<void> {
    const entries = await this.options.storage.listOutbox();
    for (const entry of entries) {
      const id = entry.response.id;
      if (entry.state === 'failed') {
        this.setStatus({
          id,
          // Refused on an earlier page: the state it ended in, with the reason it was given.
          ...advance(
            { state: 'sending', attempt: entry.attempt },
            {
              type: 'refused',
              status: entry.lastError?.status ?? null,
              message: entry.lastError?.message ?? '',
            },
          ),
        });
      } else if (!now && Date.parse(entry.nextAttemptAt) > this.now()) {
        this.schedule(id, Date.parse(entry.nextAttemptAt) - this.now());
      } else {
        this.track(this.attempt(id));
      }
    }
  }

  private async attempt(id: string, manual = false): Promise<void> {
    if (inFlight.has(id)) return;
    inFlight.add(id);
    this.clearTimer(id);
    try {
      const { storage } = this.options;
      const entry = await storage.getOutbox(id);
      if (!entry) {
        // Delivered or removed elsewhere (another element, another tab, "delete my data").
        if (deliveredHere.has(id)) this.alreadySent(id);
        else this.statuses.delete(id);
        return;
      }
      if (entry.state === 'failed' && !manual) return;
      const from = entry.state === 'failed' ? advance(stored(entry), { type: 'retry' }) : stored(entry);
      if (!this.isOnline()) {
        this.move(id, from, { type: 'offline' });
        return;
      }
      if (!(await this.askHost(entry))) {
        await storage.deleteOutbox(id);
        this.move(id, from, { type: 'delegated' });
        return;
      }
      const attempt = entry.attempt + 1;
      await storage.putOutbox({ ...entry, attempt, state: 'pending' });
      this.move(id, from, { type: 'attempt' });
      const outcome = await postResponse(entry.response, entry.endpoint, {
        timeout: this.options.timeout,
        requestInit: this.options.requestInit,
        fetch: this.options.fetch,
        now: this.options.now,
        timers: this.options.timers,
      });
      await this.settle(entry, attempt, outcome);
    } finally {
      inFlight.delete(id);
    }
  }

  private async settle(entry: OutboxEntry, attempt: number, outcome: DeliveryOutcome): Promise<void> {
    const { storage } = this.options;
    const id = entry.response.id;
    if (outcome.kind === 'delivered') {
      deliveredHere.add(id);
      await storage.deleteOutbox(id);
      this.move(id, this.sending(id, attempt), { type: 'delivered', status: outcome.status });
      this.options.onDelivered?.({ id, status: outcome.status, attempt });
      return;
    }
    // Removed while the request was under way ("delete my data"): writing it back would resurrect it.
    if (this.stopped && !(await storage.getOutbox(id))) return;
    const now = this.now();
    const lastError = { status: outcome.status, message: outcome.message, at: new Date(now).toISOString() };
    const willRetry = outcome.kind === 'retry';
    if (outcome.kind === 'retry') {
      // A `Retry-After` only lengthens the backoff: `0`, a date in the past or a clock ahead of the
      // server's must not turn a 429 into a request storm.
      const backoff = backoffDelay(attempt, this.options.backoff, this.options.random);
      const delay = Math.max(backoff, Math.min(outcome.retryAfter ?? 0, this.options.maxRetryAfter ?? 3_600_000));
      const nextAttemptAt = now + delay;
      await storage.putOutbox({
        ...entry,
        attempt,
        state: 'pending',
        lastError,
        nextAttemptAt: new Date(nextAttemptAt).toISOString(),
      });
      this.move(id, this.sending(id, attempt), {
        type: 'retry-later',
        status: outcome.status,
        message: outcome.message,
        nextAttemptAt,
        offline: outcome.status === null && !this.isOnline(),
      });
      this.schedule(id, delay);
    } else {
      await storage.putOutbox({ ...entry, attempt, state: 'failed', lastError });
      this.move(id, this.sending(id, attempt), { type: 'refused', status: outcome.status, message: outcome.message });
    }
    this.options.onDeliveryError?.({ id, status: outcome.status, attempt, willRetry, message: outcome.message });
  }

  private async askHost(entry: OutboxEntry): Promise<boolean> {
    try {
      return (await this.options.beforeSend?.(entry.response, entry.endpoint)) !== false;
    } catch {
      return true; // a throwing listener is not a decision to take the response over
    }
  }

  private schedule(id: string, delay: number): void {
    if (this.stopped) return;
    this.clearTimer(id);
    this.timers.set(
      id,
      this.clock.setTimeout(
        () => {
          this.timers.delete(id);
          if (!this.stopped) this.track(this.attempt(id));
        },
        Math.min(Math.max(0, delay), MAX_TIMER),
      ),
    );
  }

  private clearTimer(id: string): void {
    if (this.timers.has(id)) this.clock.clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  private track(attempt: Promise<void>): Promise<void> {
    this.running.add(attempt);
    const done = () => void this.running.delete(attempt);
    attempt.then(done, done);
    return attempt;
  }

  /** Moves a response on through the one lifecycle (`advance`) and reports the new state. */
  private move(id: string, from: Submission, event: SubmissionEvent): void {
    this.setStatus({ id, ...advance(from, event) });
  }

  /** The state during attempt `attempt` (also when this outbox did not start it: another element did). */
  private sending(id: string, attempt: number): Submission {
    const known = this.statusOf(id);
    return known?.state === 'sending' ? known : { state: 'sending', attempt };
  }

  /** Delivered from this page by another outbox, or earlier by this one. */
  private alreadySent(id: string): void {
    const attempt = this.statusOf(id)?.attempt ?? 0;
    this.setStatus({
      id,
      ...advance({ state: 'sending', attempt }, { type: 'delivered', status: 0 }),
      status: undefined,
    });
  }

  private setStatus(status: DeliveryStatus): void {
    this.statuses.set(status.id, status);
    this.options.onStatus?.(status);
  }

  private get clock(): Timers {
    return this.options.timers ?? GLOBAL_TIMERS;
  }

  private get target(): EventTarget {
    return this.options.target ?? globalThis;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private isOnline(): boolean {
    if (this.options.isOnline) return this.options.isOnline();
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }
}
