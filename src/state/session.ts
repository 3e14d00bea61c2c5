// Why ~300 lines: the session is the one place where a widget meets its namespace's store and its
// outbox, and the order of those steps (subscribe, load, start the outbox, heal, follow a namespace
// change, flush on pagehide) is the contract; split across files it could no longer be checked in
// one reading. The store (store.ts), the outbox (services/outbox.ts, made, loaded and followed by
// session-outbox.ts) and the submission lifecycle (model/submission.ts) carry the logic.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SeedsErrorCode } from '../events/seeds-error.js';
import type { Agenda } from '../model/agenda.js';
import { newDraft, type Draft } from '../model/draft.js';
import type { InstrumentId } from '../model/model.js';
import type { Locale } from '../model/locale.js';
import type { SeedsResponse } from '../model/response.js';
import type { SubmissionState } from '../model/submission.js';
import { newEntry } from '../services/outbox-entries.js';
import type { DeliveryStatus } from '../services/outbox-types.js';
import type { StorageProblem } from '../services/record-store.js';
import type { HistoryEntry } from '../services/records.js';
import { Tasks } from '../services/tasks.js';
import { randomId } from '../services/uuid.js';
import { SessionOutbox, type SessionOutboxOptions } from './session-outbox.js';
import { NamespaceStore, type StoreListener } from './store.js';

export interface SessionOptions {
  /** Turns a storage problem into `seeds-error`. */
  report: (code: SeedsErrorCode, message: string) => void;
  /** The outbox's hooks, bound to the element's events and request hook. */
  delivery: SessionOutboxOptions['delivery'];
  /** The instrument and language of a fresh draft. */
  fresh: () => { instrument: InstrumentId; locale: Locale };
  /** The endpoint now (for measurements that were queued but lost their outbox record). */
  endpoint: () => string | null;
  /** The storage namespace the element names now (`storage-key`, else `community`, else `default`). */
  namespace: () => string;
}

/**
 * What one participant has on this device for one namespace, seen from one element: the draft in
 * progress and the history (both held by the namespace's `NamespaceStore`, shared with every
 * widget of that namespace on the page) and this element's outbox, which delivers pending
 * responses as soon as the element is connected and moves their submission state on.
 *
 * API for the element and its controllers: `open(namespace)`, `loaded`, `persistent`, `draft`,
 * `history`, `updateDraft(patch)`, `complete(...)`, `setSending(id, state)`, `send(response,
 * endpoint)`, `retry(id)`, `deliveryOf(id)`, `failedDeliveries`, `saveAgenda`, `deleteAll`, `settle()`.
 */
export class Session implements ReactiveController, StoreListener {
  private space: NamespaceStore | null = null;
  private connected = false;
  private namespace: string | null = null;
  private readonly tasks = new Tasks();
  /** The store whose draft was reported as open elsewhere, so each store is reported once. */
  private reportedElsewhere: NamespaceStore | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SessionOptions,
  ) {
    host.addController(this);
  }

  private readonly delivery = new SessionOutbox({
    delivery: this.options.delivery,
    endpoint: () => this.options.endpoint(),
    store: () => this.space,
    connected: () => this.connected,
    track: (task) => this.track(task),
    update: () => this.host.requestUpdate(),
  });

  private get outbox() {
    return this.delivery.outbox;
  }

  hostConnected(): void {
    this.connected = true;
    // Reconnected: the namespace it had. The first one is opened in `hostUpdate`, once the
    // configuration has resolved the attributes: opened here, it would be "default" for a moment,
    // taking that namespace's draft lock and a database connection for nothing.
    if (this.namespace !== null && !this.space) this.subscribe(this.namespace);
    window.addEventListener('pagehide', this.flush);
    window.addEventListener('online', this.handleOnline);
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  /** Follows the namespace before rendering, so a new one shows "loading" rather than the old one's data. */
  hostUpdate(): void {
    this.open(this.options.namespace());
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pagehide', this.flush);
    window.removeEventListener('online', this.handleOnline);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.delivery.stop();
    if (this.space) NamespaceStore.unsubscribe(this.space, this);
    this.space = null;
  }

  /** Opens the namespace (community or storage key); a new namespace starts afresh. */
  open(namespace: string): void {
    if (namespace === this.namespace && this.space) return;
    const changed = this.namespace !== null && namespace !== this.namespace;
    this.namespace = namespace;
    if (this.space) NamespaceStore.unsubscribe(this.space, this);
    this.space = null;
    if (changed) this.delivery.drop();
    if (this.connected) this.subscribe(namespace);
  }

  /** False while the first read is under way, so the questionnaire does not flash an empty draft. */
  get loaded(): boolean {
    return this.space?.isLoaded ?? false;
  }

  /**
   * True while the history could not be read because a file did not load (the network is down):
   * the screen says so with a retry (`retryRead`); the answers stay stored.
   */
  get readFailed(): boolean {
    return this.space?.readFailed ?? false;
  }

  retryRead(): void {
    this.space?.retryRead();
  }

  /** False when answers are kept in memory only (from the start, or since a storage failure). */
  get persistent(): boolean {
    return this.space?.persistent ?? true;
  }

  /**
   * False while the draft is open in another tab or window of this browser: then it is shown, not
   * changed, here (two tabs would complete two different responses with one id).
   */
  get ownsDraft(): boolean {
    return this.space?.ownsDraft ?? true;
  }

  /** Whether this tab can ask the tab that has the draft to hand it over (BroadcastChannel and Web Locks). */
  get canAskHandOver(): boolean {
    return this.space?.canAskHandOver ?? false;
  }

  /** "Continue here instead": asks the tab that has the draft for it; `ownsDraft` turns true when it arrives. */
  askHandOver(): void {
    this.space?.askHandOver();
  }

  get draft(): Draft {
    const store = this.space;
    if (!store) return this.fresh();
    return (store.draft ??= this.fresh());
  }

  get history(): readonly HistoryEntry[] {
    return this.space?.history ?? [];
  }

  updateDraft(patch: Partial<Draft>): void {
    void this.space?.saveDraft({ ...this.draft, ...patch });
  }

  /**
   * Keeps a completed response in the history, and in the outbox when it is `queued` for `endpoint`
   * (one transaction), and starts a fresh draft. Then `sendStored(id)` makes the first attempt.
   */
  complete(response: SeedsResponse, sending: SubmissionState, endpoint: string | null): Promise<void> {
    // Written with the response even before the outbox's file is there: it sends every stored record.
    const outbox = sending === 'queued' && endpoint ? newEntry(response, endpoint, Date.now()) : undefined;
    return this.space?.complete(response, sending, this.fresh(), outbox) ?? Promise.resolve();
  }

  /** Records where sending a measurement stands (consent asked, declined, queued…). */
  setSending(id: string, sending: SubmissionState): Promise<void> {
    return this.space?.setSending(id, sending) ?? Promise.resolve();
  }

  /** Puts a response in the outbox (stored first) and starts delivering it. */
  async send(response: SeedsResponse, endpoint: string): Promise<void> {
    // Without the outbox's file the history still says `queued`: `heal` stores it once the file is there.
    await (await this.delivery.ready())?.enqueue(response, endpoint);
  }

  /** Makes the first attempt for a response `complete` put in the outbox. */
  sendStored(id: string): void {
    // The outbox's file may still be on its way: its `start()` may have looked before this record was written.
    void this.track(this.delivery.ready()).then((outbox) => outbox?.send(id));
  }

  async retry(id: string): Promise<void> {
    await (await this.delivery.ready())?.retry(id);
  }

  /** True when the outbox's file could not be loaded (until `retryDelivery`): responses wait, stored. */
  get deliveryUnavailable(): boolean {
    return this.delivery.failed;
  }

  /** Loads the outbox's file again after a failure; it then sends what waits. */
  retryDelivery(): void {
    this.delivery.retry();
    this.host.requestUpdate();
  }

  /**
   * Where sending a response stands: the outbox's live state, else the state stored in the history:
   * "sent", or "queued" from "Finish" until the outbox makes its first attempt (storing a large
   * response can take a while, and the participant should see that sending is under way).
   */
  deliveryOf(id: string): DeliveryStatus | undefined {
    const live = this.delivery.statusOf(id);
    if (live) return live;
    const stored = this.history.find((e) => e.response.id === id)?.sending;
    return stored === 'sent' ||
      stored === 'delegated' ||
      (stored === 'queued' && this.options.endpoint() && !this.delivery.failed)
      ? { id, state: stored, attempt: 0 }
      : undefined;
  }

  /** Responses that could not be sent and will not be retried by themselves. */
  get failedDeliveries(): DeliveryStatus[] {
    return this.outbox?.all.filter((status) => status.state === 'failed') ?? [];
  }

  saveAgenda(id: string, agenda: Agenda): Promise<void> {
    return this.space?.saveAgenda(id, agenda) ?? Promise.resolve();
  }

  /** "Delete my data on this device": draft, history and undelivered responses of this namespace. */
  async deleteAll(): Promise<boolean> {
    const store = this.space;
    if (!store) return true;
    this.delivery.stop();
    const ok = await store.deleteAll();
    this.delivery.drop();
    this.delivery.make();
    return ok;
  }

  /** Waits for pending saves (and steps `track`ed); for tests and for hosts that navigate away programmatically. */
  async settle(): Promise<void> {
    do {
      await this.tasks.idle();
      await this.space?.settled();
    } while (this.tasks.busy);
  }

  /**
   * Waits until nothing is under way: saves, tracked steps and delivery attempts (not the retries
   * planned for later: `scheduledRetries`). For tests, which prove "nothing else happened" by it.
   */
  async idle(): Promise<void> {
    do {
      await this.settle();
      await this.outbox?.whenIdle();
      await this.settle(); // the states the attempts moved on are stored
    } while (this.tasks.busy || this.outbox?.busy);
  }

  /** The responses whose next delivery attempt is planned for later. */
  get scheduledRetries(): string[] {
    return this.outbox?.scheduled ?? [];
  }

  /** Makes `settle()` wait for a step that writes in several stages (completing a response). */
  track<T>(task: Promise<T>): Promise<T> {
    return this.tasks.track(task);
  }

  changed(): void {
    const space = this.space;
    if (space?.isLoaded && !space.ownsDraft && this.reportedElsewhere !== space) {
      this.reportedElsewhere = space;
      this.options.report(
        'draft-open-elsewhere',
        `The questionnaire of storage namespace "${space.storage.namespace}" is open in another tab or window of this browser; it is read-only here and becomes editable here by itself when the other one closes.`,
      );
    }
    this.delivery.make();
    this.host.requestUpdate();
  }

  problem(problem: StorageProblem): void {
    this.options.report(problem.code, problem.message);
    this.host.requestUpdate(); // storage may have fallen back to memory: the notice must show
  }

  private subscribe(namespace: string): void {
    const store = NamespaceStore.subscribe(namespace, this);
    this.space = store;
    this.delivery.follow(store);
    if (store.isLoaded) {
      if (this.outbox) this.delivery.start();
      else this.changed();
    }
    this.host.requestUpdate();
  }

  private fresh(): Draft {
    const { instrument, locale } = this.options.fresh();
    return newDraft(randomId(), instrument, locale);
  }

  private readonly flush = () => this.space?.flushDraft();
  private readonly handleVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  // The outbox's file could not be loaded: back online, it is loaded (and what waits sent) without a press.
  private readonly handleOnline = () => {
    if (this.delivery.failed) this.retryDelivery();
  };
}
