// Why ~290 lines: this is one job, the delivery lifecycle of stored responses on this page. Its
// parts live beside it (records ↔ states in outbox-entries.ts, retry timing in retry-timers.ts,
// options in outbox-types.ts, tasks in tasks.ts); what stays is one attempt from stored record to
// settled outcome and the page-wide exactly-once guard, which must be read together to be trusted.
import type { SeedsResponse } from '../model/response.js';
import { advance, type Submission, type SubmissionEvent } from '../model/submission.js';
import { postResponse, type DeliveryOutcome } from './delivery.js';
import { resolveEndpoint } from './endpoint.js';
import { newEntry } from './outbox-entries.js';
import { deleteOutbox, getOutbox, listOutbox, putOutbox } from './outbox-store.js';
import { failedEntry, refusedEarlier, storedSubmission } from './outbox-records.js';
import { InvalidEndpointError, type DeliveryStatus, type OutboxOptions } from './outbox-types.js';
import type { OutboxEntry } from './records.js';
import { retryDelay, RetryTimers } from './retry-timers.js';
import { Tasks } from './tasks.js';

export { InvalidEndpointError, type DeliveryState, type DeliveryStatus, type OutboxOptions } from './outbox-types.js';

// Shared by every Outbox on the page: one POST per response id at a time, and ids that were
// delivered from this page, so a second element or a second call does not deliver again.
const inFlight = new Set<string>();
const deliveredHere = new Set<string>();

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
  private readonly retries: RetryTimers;
  private readonly running = new Tasks();
  private listening = false;
  private stopped = false;

  constructor(private readonly options: OutboxOptions) {
    this.retries = new RetryTimers(options.timers);
  }

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
    this.retries.cancelAll();
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
    const existing = await getOutbox(this.options.storage, id);
    if (deliveredHere.has(id)) return false; // delivered while we looked
    if (!existing) await putOutbox(this.options.storage, this.entryFor(response, checked.url));
    return true;
  }

  /**
   * Stores the `queued` measurements that have no outbox record (see `SessionOutbox`) and makes
   * their first attempt; the ones that have one are left to `start`.
   */
  async heal(queued: readonly SeedsResponse[], endpoint: string): Promise<void> {
    if (queued.length === 0) return;
    const inOutbox = new Set((await listOutbox(this.options.storage)).map((e) => e.response.id));
    for (const response of queued) {
      if (!inOutbox.has(response.id) && (await this.store(response, endpoint))) this.send(response.id);
    }
  }

  /**
   * The outbox record for a response not yet stored, for a caller that writes it together with other
   * records (`storeCompleted` in ./history-records.ts); then call `send(id)`.
   * @throws InvalidEndpointError when `endpoint` is not an absolute http(s) URL.
   */
  entryFor(response: SeedsResponse, endpoint: string): OutboxEntry {
    return newEntry(response, endpoint, this.now());
  }

  /** Makes an attempt for a stored response now (in the background); a `failed` one waits for `retry`. */
  send(id: string): void {
    this.running.track(this.attempt(id));
  }

  /** Tries a response again now, including a `failed` one. */
  retry(id: string): Promise<void> {
    return this.running.track(this.attempt(id, true));
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
    return this.retries.ids;
  }

  /** Whether an attempt (or a look at the stored responses) is under way. */
  get busy(): boolean {
    return this.running.busy;
  }

  /** Resolves when no attempt of this outbox is under way (for tests and shutdown). */
  async whenIdle(): Promise<void> {
    await this.running.idle();
  }

  private readonly handleOnline = (): void => {
    void this.running.track(this.attemptStored(true));
  };

  /** Tries every stored response; with `now` false, one whose next attempt lies ahead waits for it. */
  private async attemptStored(now: boolean): Promise<void> {
    const entries = await listOutbox(this.options.storage);
    for (const entry of entries) {
      const id = entry.response.id;
      if (entry.state === 'failed') {
        this.setStatus({ id, ...refusedEarlier(entry) });
      } else if (!now && Date.parse(entry.nextAttemptAt) > this.now()) {
        this.schedule(id, Date.parse(entry.nextAttemptAt) - this.now());
      } else {
        this.running.track(this.attempt(id));
      }
    }
  }

  private async attempt(id: string, manual = false): Promise<void> {
    if (inFlight.has(id)) return;
    inFlight.add(id);
    this.retries.cancel(id);
    try {
      const { storage } = this.options;
      const entry = await getOutbox(storage, id);
      if (!entry) {
        // Delivered or removed elsewhere (another element, another tab, "delete my data").
        if (deliveredHere.has(id)) this.alreadySent(id);
        else this.statuses.delete(id);
        return;
      }
      if (entry.state === 'failed' && !manual) return;
      const from =
        entry.state === 'failed' ? advance(storedSubmission(entry), { type: 'retry' }) : storedSubmission(entry);
      if (!this.isOnline()) {
        this.move(id, from, { type: 'offline' });
        return;
      }
      if (!(await this.askHost(entry))) {
        await deleteOutbox(storage, id);
        this.move(id, from, { type: 'delegated' });
        return;
      }
      const attempt = entry.attempt + 1;
      await putOutbox(storage, { ...entry, attempt, state: 'pending' });
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
      await deleteOutbox(storage, id);
      this.move(id, this.sending(id, attempt), { type: 'delivered', status: outcome.status });
      this.options.onDelivered?.({ id, status: outcome.status, attempt });
      return;
    }
    // Removed while the request was under way ("delete my data"): writing it back would resurrect it.
    if (this.stopped && !(await getOutbox(storage, id))) return;
    const now = this.now();
    const willRetry = outcome.kind === 'retry';
    const delay = willRetry ? retryDelay(attempt, outcome.retryAfter, this.options) : 0;
    const nextAttemptAt = now + delay;
    await putOutbox(storage, failedEntry(entry, attempt, outcome, now, nextAttemptAt));
    if (outcome.kind === 'retry') {
      this.move(id, this.sending(id, attempt), {
        type: 'retry-later',
        status: outcome.status,
        message: outcome.message,
        nextAttemptAt,
        offline: outcome.status === null && !this.isOnline(),
      });
      this.schedule(id, delay);
    } else {
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
    this.retries.plan(id, delay, () => {
      if (!this.stopped) this.running.track(this.attempt(id));
    });
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
