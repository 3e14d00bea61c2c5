import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SeedsErrorCode } from '../events/seeds-error.js';
import type { Agenda } from '../model/agenda.js';
import type { InstrumentId } from '../model/instruments.js';
import type { Locale } from '../model/locale.js';
import type { SeedsResponse } from '../model/response.js';
import { Outbox, type DeliveryStatus, type OutboxOptions } from '../services/outbox.js';
import type { HistoryEntry, SendingState } from '../services/records.js';
import { SeedsStorage } from '../services/storage.js';
import { newDraft, type Draft } from './measurement.js';

export interface SessionOptions {
  /** Turns a storage problem into `seeds-error`. */
  report: (code: SeedsErrorCode, message: string) => void;
  /** The outbox's hooks, bound to the element's events and request hook. */
  delivery: Pick<OutboxOptions, 'requestInit' | 'beforeSend' | 'onDelivered' | 'onDeliveryError'>;
}

/** Connected sessions per namespace: two widgets with one community on a page share one draft. */
const peers = new Map<string, Set<Session>>();
/** Draft saves per namespace, one after another across those widgets, so an older draft never lands last. */
const saves = new Map<string, Promise<void>>();

/**
 * What one participant has on this device for one namespace: the draft in progress, completed
 * measurements and the outbox. Saves as the participant goes, flushes when the page is hidden,
 * and starts delivering pending responses as soon as the element is connected.
 */
export class Session implements ReactiveController {
  draft: Draft;
  history: HistoryEntry[] = [];
  /** False while the first read is under way, so the questionnaire does not flash an empty draft. */
  loaded = false;

  private storage!: SeedsStorage;
  private outbox!: Outbox;
  private namespace: string | null = null;
  private connected = false;
  /** Whether the current outbox was started before: a re-connection then keeps its backoff. */
  private started = false;
  private loading: Promise<void> = Promise.resolve();
  /** The draft saves under way, so `settle()` can wait for them. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SessionOptions,
    instrument: InstrumentId,
    locale: Locale,
  ) {
    this.draft = newDraft(instrument, locale);
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.join();
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.outbox && this.loaded) this.startOutbox();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.leave();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    void this.storage?.flushDraft();
    this.outbox?.stop();
  }

  /** Opens the namespace (community or storage key) and reads what it holds; a new namespace starts afresh. */
  open(namespace: string, instrument: InstrumentId, locale: Locale): Promise<void> {
    if (namespace === this.namespace) return this.loading;
    void this.storage?.flushDraft();
    this.outbox?.stop();
    this.leave();
    this.namespace = namespace;
    if (this.connected) this.join();
    this.loaded = false;
    this.storage = new SeedsStorage({
      namespace,
      onProblem: (p) => {
        this.options.report(p.code, p.message);
        this.host.requestUpdate(); // storage may have fallen back to memory: the notice must show
      },
    });
    this.outbox = this.newOutbox();
    const storage = this.storage;
    this.loading = (async () => {
      await storage.ready();
      const [draft, history] = await Promise.all([storage.loadDraft(), storage.listHistory()]);
      if (storage !== this.storage) return; // the namespace changed meanwhile
      this.history = history;
      this.draft = draft
        ? {
            id: draft.id,
            instrument: draft.instrument,
            locale: draft.locale,
            step: draft.step,
            role: draft.role ?? undefined,
            answers: draft.answers,
            startedAt: draft.startedAt,
          }
        : newDraft(instrument, locale);
      this.loaded = true;
      this.started = false;
      if (this.connected) this.startOutbox();
      this.host.requestUpdate();
    })();
    return this.loading;
  }

  /** False when answers are kept in memory only (from the start, or since a storage failure). */
  get persistent(): boolean {
    return this.storage?.status.persistent ?? true;
  }

  /**
   * Changes the draft and saves it at once: answers are discrete clicks, and a debounce would lose
   * the last one when the tab closes right after it.
   */
  updateDraft(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    const storage = this.storage;
    const draft = { ...this.draft, role: this.draft.role ?? null };
    if (storage) void this.inOrder(() => storage.saveDraft(draft));
    this.share();
  }

  /** Starts a new measurement; the previous draft, if any, is dropped. */
  restart(instrument: InstrumentId, locale: Locale): void {
    const old = this.draft.id;
    this.draft = newDraft(instrument, locale);
    const storage = this.storage;
    if (storage) void this.inOrder(() => storage.clearDraft(old));
    this.share();
  }

  /** Keeps a completed response in the history, clears its draft and starts a fresh one. */
  async complete(response: SeedsResponse, sending: SendingState | undefined, next: Draft): Promise<void> {
    this.history = [...this.history, { version: 1, response, ...(sending ? { sending } : {}) }];
    this.draft = next;
    this.share();
    await this.storage.addHistory(response, undefined, sending);
    const storage = this.storage;
    await this.inOrder(() => storage.clearDraft(response.id));
  }

  /** Records where sending a measurement stands, so a reload can ask for consent again. */
  async markSending(id: string, sending: SendingState): Promise<void> {
    this.history = this.history.map((entry) => (entry.response.id === id ? { ...entry, sending } : entry));
    this.share();
    await this.storage.updateSending(id, sending);
  }

  /** Delivery states of responses that could not be sent and will not be retried by themselves. */
  get failedDeliveries(): DeliveryStatus[] {
    return this.outbox?.all.filter((status) => status.state === 'failed') ?? [];
  }

  /** Puts a response in the outbox (stored first) and starts delivering it. */
  send(response: SeedsResponse, endpoint: string): Promise<void> {
    return this.outbox.enqueue(response, endpoint);
  }

  deliveryOf(id: string): DeliveryStatus | undefined {
    return this.outbox?.statusOf(id);
  }

  retry(id: string): Promise<void> {
    return this.outbox.retry(id);
  }

  async saveAgenda(id: string, agenda: Agenda): Promise<void> {
    this.history = this.history.map((entry) => (entry.response.id === id ? { ...entry, agenda } : entry));
    this.share();
    await this.storage.updateAgenda(id, agenda);
  }

  /** "Delete my data on this device": draft, history and undelivered responses of this namespace. */
  async deleteAll(instrument: InstrumentId, locale: Locale): Promise<boolean> {
    this.outbox.stop();
    const storage = this.storage;
    // After the saves already under way, or one of them would bring a deleted draft back.
    const ok = await this.inOrder(() => storage.deleteAll());
    this.history = [];
    this.draft = newDraft(instrument, locale);
    this.outbox = this.newOutbox();
    this.started = false;
    if (this.connected) this.startOutbox();
    this.share();
    return ok;
  }

  /** Waits for pending saves; for tests and for hosts that navigate away programmatically. */
  async settle(): Promise<void> {
    await this.loading;
    await this.writes;
    await this.storage?.flushDraft();
  }

  /** Runs a draft write after those before it, across every widget of this namespace on the page. */
  private inOrder<T>(write: () => Promise<T>): Promise<T> {
    const key = this.namespace ?? '';
    const result = (saves.get(key) ?? Promise.resolve()).then(write);
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    saves.set(key, done);
    this.writes = done;
    return result;
  }

  private join(): void {
    if (this.namespace === null) return;
    const set = peers.get(this.namespace) ?? new Set<Session>();
    set.add(this);
    peers.set(this.namespace, set);
  }

  private leave(): void {
    if (this.namespace !== null) peers.get(this.namespace)?.delete(this);
  }

  /** Shows this session's draft and history in every other widget of the same namespace, so none overwrites the other. */
  private share(): void {
    this.host.requestUpdate();
    for (const peer of peers.get(this.namespace ?? '') ?? []) {
      if (peer === this || !peer.loaded) continue;
      peer.draft = this.draft;
      peer.history = this.history;
      peer.host.requestUpdate();
    }
  }

  private newOutbox(): Outbox {
    return new Outbox({ storage: this.storage, ...this.options.delivery, onStatus: () => this.host.requestUpdate() });
  }

  private startOutbox(): void {
    void this.outbox.start({ resume: this.started });
    this.started = true;
  }

  private readonly flush = () => void this.storage?.flushDraft();
  private readonly handleVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
