import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SeedsErrorCode } from '../events/seeds-error.js';
import type { Agenda } from '../model/agenda.js';
import type { InstrumentId } from '../model/instruments.js';
import type { Locale } from '../model/locale.js';
import type { SeedsResponse } from '../model/response.js';
import { Outbox, type DeliveryStatus, type OutboxOptions } from '../services/outbox.js';
import type { HistoryEntry } from '../services/records.js';
import { SeedsStorage } from '../services/storage.js';
import { newDraft, type Draft } from './measurement.js';

export interface SessionOptions {
  /** Turns a storage problem into `seeds-error`. */
  report: (code: SeedsErrorCode, message: string) => void;
  /** The outbox's hooks, bound to the element's events and request hook. */
  delivery: Pick<OutboxOptions, 'requestInit' | 'beforeSend' | 'onDelivered' | 'onDeliveryError'>;
}

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
  /** False when answers are kept in memory only. */
  persistent = true;

  private storage!: SeedsStorage;
  private outbox!: Outbox;
  private namespace: string | null = null;
  private connected = false;
  private loading: Promise<void> = Promise.resolve();

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
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.outbox) void this.outbox.start();
  }

  hostDisconnected(): void {
    this.connected = false;
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
    this.namespace = namespace;
    this.loaded = false;
    this.storage = new SeedsStorage({ namespace, onProblem: (p) => this.options.report(p.code, p.message) });
    this.outbox = new Outbox({
      storage: this.storage,
      ...this.options.delivery,
      onStatus: () => this.host.requestUpdate(),
    });
    const storage = this.storage;
    this.loading = (async () => {
      const status = await storage.ready();
      const [draft, history] = await Promise.all([storage.loadDraft(), storage.listHistory()]);
      if (storage !== this.storage) return; // the namespace changed meanwhile
      this.persistent = status.persistent;
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
      if (this.connected) void this.outbox.start();
      this.host.requestUpdate();
    })();
    return this.loading;
  }

  /** Changes the draft and queues a save (debounced; flushed when the page is hidden). */
  updateDraft(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.storage?.queueDraft({ ...this.draft, role: this.draft.role ?? null });
    this.host.requestUpdate();
  }

  /** Starts a new measurement; the previous draft, if any, is dropped. */
  restart(instrument: InstrumentId, locale: Locale): void {
    const old = this.draft.id;
    this.draft = newDraft(instrument, locale);
    void this.storage?.clearDraft(old);
    this.host.requestUpdate();
  }

  /** Keeps a completed response in the history and clears its draft. */
  async complete(response: SeedsResponse): Promise<void> {
    this.history = [...this.history, { version: 1, response }];
    this.host.requestUpdate();
    await this.storage.addHistory(response);
    await this.storage.clearDraft(response.id);
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
    this.host.requestUpdate();
    await this.storage.updateAgenda(id, agenda);
  }

  /** "Delete my data on this device": draft, history and undelivered responses of this namespace. */
  async deleteAll(instrument: InstrumentId, locale: Locale): Promise<boolean> {
    this.outbox.stop();
    const ok = await this.storage.deleteAll();
    this.history = [];
    this.draft = newDraft(instrument, locale);
    this.outbox = new Outbox({
      storage: this.storage,
      ...this.options.delivery,
      onStatus: () => this.host.requestUpdate(),
    });
    if (this.connected) void this.outbox.start();
    this.host.requestUpdate();
    return ok;
  }

  /** Waits for pending saves; for tests and for hosts that navigate away programmatically. */
  async settle(): Promise<void> {
    await this.loading;
    await this.storage?.flushDraft();
  }

  private readonly flush = () => void this.storage?.flushDraft();
  private readonly handleVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
