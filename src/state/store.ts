import type { Agenda } from '../model/agenda.js';
import { draftFields, type Draft } from '../model/draft.js';
import type { SeedsResponse } from '../model/response.js';
import { storedState, type SubmissionState } from '../model/submission-states.js';
import type { StorageProblem } from '../services/record-store.js';
import type { HistoryEntry, OutboxEntry } from '../services/records.js';
import { loadRecordChecks } from '../services/checks-file.js';
import { DraftHandover } from '../services/draft-handover.js';
import { DraftLock } from '../services/draft-lock.js';
import { namespacePrefix } from '../services/storage-keys.js';
import { SeedsStorage } from '../services/storage.js';

/** What a widget hears from the store of its namespace. */
export interface StoreListener {
  /** The draft, the history or a submission changed (in this widget or another one of the namespace). */
  changed(): void;
  /** A storage problem, once per problem and listener. */
  problem(problem: StorageProblem): void;
}

const stores = new Map<string, NamespaceStore>();
/** Writes (and the draft lock) of a closed store still held: the next store of that namespace reads after them. */
const closing = new Map<string, Promise<void>>();

/**
 * The one write path of a storage namespace (community or `storage-key`) on this page. Every widget
 * of the namespace subscribes to the same store: it holds the draft and the history, runs every
 * write one after another (so an older draft never lands last and a late save never brings a
 * deleted draft back), knows which writes are under way (`settled()`), and tells every subscriber
 * about each change. Its draft belongs to one tab at a time (`ownsDraft`, a Web Lock per namespace):
 * in another tab it is read-only until the owner closes or hands it over (`askHandOver`), then it
 * is read afresh and becomes this tab's.
 *
 * @example
 * ```ts
 * const store = NamespaceStore.subscribe('greenport', listener);
 * await store.loaded;                         // store.draft, store.history
 * store.saveDraft({ ...store.draft!, step: 2 }); // written at once, in order
 * await store.settled();                      // every write so far is done
 * NamespaceStore.unsubscribe(store, listener);
 * ```
 */
export class NamespaceStore {
  readonly storage: SeedsStorage;
  /** null until loaded, and when there is no draft in progress. */
  draft: Draft | null = null;
  history: HistoryEntry[] = [];
  /** Resolves when the first read is done. */
  readonly loaded: Promise<void>;
  isLoaded = false;
  /** False while another tab or window has the draft (see `DraftLock`): it is not changed here then. */
  ownsDraft = true;
  /** True while the history could not be read because its validators' file did not load: `retryRead()`. */
  readFailed = false;

  private readonly listeners = new Set<StoreListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly writing = new Set<Promise<unknown>>();
  /** The draft waiting for its write; a newer one replaces it before the write starts. */
  private draftToWrite: Draft | null = null;
  private readonly lock: DraftLock;
  private readonly handover: DraftHandover;
  private readAgain: (() => void) | null = null;

  static subscribe(namespace: string, listener: StoreListener): NamespaceStore {
    let store = stores.get(namespace);
    if (!store) {
      store = new NamespaceStore(namespace);
      stores.set(namespace, store);
    }
    store.listeners.add(listener);
    return store;
  }

  /** The last widget to leave closes the store; a new subscriber later reads storage afresh. */
  static unsubscribe(store: NamespaceStore, listener: StoreListener): void {
    store.listeners.delete(listener);
    if (store.listeners.size === 0 && stores.get(store.storage.namespace) === store) {
      stores.delete(store.storage.namespace);
      store.handover.close();
      closing.set(
        store.storage.namespace,
        store.settled().then(() => store.lock.release()),
      );
    }
  }

  private constructor(namespace: string) {
    this.storage = new SeedsStorage({
      namespace,
      onProblem: (problem) => this.listeners.forEach((l) => l.problem(problem)),
    });
    const name = `seeds-of-innovation:${namespacePrefix(namespace)}draft`;
    this.lock = new DraftLock(name, () => void this.takeOver());
    this.handover = new DraftHandover(name, () => void this.handOver());
    this.loaded = this.load();
  }

  /** False when answers are kept in memory only (from the start, or since a storage failure). */
  get persistent(): boolean {
    return this.storage.status.mode !== 'memory';
  }

  /** Whether this tab can ask the tab that owns the draft to hand it over ("continue here instead"). */
  get canAskHandOver(): boolean {
    return this.handover.supported && this.lock.supported && this.persistent;
  }

  /** Asks the tab that owns the draft to hand it over; this tab takes over when it has (`changed`). */
  askHandOver(): void {
    if (!this.ownsDraft) this.handover.ask();
  }

  /** Stores the draft; written at once (answers are discrete clicks: a debounce would lose the last one). */
  saveDraft(draft: Draft): Promise<void> {
    if (!this.ownsDraft) return this.settled();
    this.draft = draft;
    this.notify();
    const waiting = this.draftToWrite !== null;
    this.draftToWrite = draft;
    if (waiting) return this.settled(); // the queued write will take this newer draft
    return this.write(() => this.writeDraft());
  }

  /**
   * Writes the draft that waits in the queue now, ahead of the queue: for `pagehide`, where a
   * write that starts after the page is gone is lost. IndexedDB keeps the order of transactions,
   * so an older write still under way cannot land after it.
   */
  flushDraft(): void {
    if (this.draftToWrite && this.ownsDraft) void this.writeDraft();
  }

  /**
   * Keeps a completed measurement in the history (and, when it is to be sent, in the outbox), drops
   * its draft, all in one transaction, and starts `next` as the draft.
   */
  complete(response: SeedsResponse, sending: SubmissionState, next: Draft, outbox?: OutboxEntry): Promise<void> {
    this.history = [...this.history, entry(response, sending)];
    this.draft = next;
    this.draftToWrite = null;
    this.notify();
    const stored = sending === 'local' ? undefined : storedState(sending);
    return this.write(async () => (await loadRecordChecks()).storeCompleted(this.storage, response, stored, outbox));
  }

  /** Records where sending a measurement stands; storage is written only when the stored state changes. */
  setSending(id: string, sending: SubmissionState): Promise<void> {
    const before = this.history.find((e) => e.response.id === id);
    if (!before || before.sending === storedState(sending)) return this.settled();
    this.history = this.history.map((e) => (e.response.id === id ? { ...e, sending: storedState(sending) } : e));
    this.notify();
    return this.write(
      async () => void (await (await loadRecordChecks()).updateSending(this.storage, id, storedState(sending))),
    );
  }

  saveAgenda(id: string, agenda: Agenda): Promise<void> {
    this.history = this.history.map((e) => (e.response.id === id ? { ...e, agenda } : e));
    this.notify();
    return this.write(async () => void (await (await loadRecordChecks()).updateAgenda(this.storage, id, agenda)));
  }

  /** "Delete my data on this device": after the writes already under way, or one would bring data back. */
  async deleteAll(): Promise<boolean> {
    // Not this tab's draft: deleting it here would be undone by the owner's next answer (and say "deleted").
    if (!this.ownsDraft) return false;
    this.draftToWrite = null;
    const ok = await this.write(() => this.storage.deleteAll());
    this.history = [];
    this.draft = null;
    this.notify();
    return ok;
  }

  /** Reads again after `readFailed`. */
  retryRead(): void {
    this.readAgain?.();
  }

  /** Resolves when every write started so far is done. */
  async settled(): Promise<void> {
    await this.loaded;
    while (this.writing.size) await Promise.allSettled([...this.writing]);
  }

  private async load(): Promise<void> {
    await closing.get(this.storage.namespace);
    const status = await this.storage.ready();
    // Kept in memory only, the draft is this tab's alone: nothing to share, nothing to lock.
    this.ownsDraft = status.mode === 'memory' || (await this.lock.acquire());
    await this.readOrWait();
    this.isLoaded = true;
    this.notify();
  }

  /**
   * `replace`: the stored draft wins over the one in memory (a take-over). Without it, a draft a
   * widget already started in memory is kept (the first load).
   */
  private async read(replace = false): Promise<void> {
    const [draft, history] = await Promise.all([this.storage.loadDraft(), this.storage.listHistory()]);
    // Nothing is taken from a read that failed: the draft and history stay as they were.
    const stored = draft ? draftFields(draft) : null;
    if (replace) this.draft = stored;
    else this.draft ??= stored;
    this.history = history;
  }

  /**
   * Reads, and when that fails (the history's validators, a file of their own in the CDN build,
   * could not be loaded: the network is down) says so and reads again on `retryRead()`. Nothing is
   * lost meanwhile: what is stored stays where it is, and nothing is written before it is read.
   */
  private async readOrWait(replace = false): Promise<void> {
    for (;;) {
      try {
        await this.read(replace);
        break;
      } catch {
        this.readFailed = true;
        this.notify();
        await new Promise<void>((resolve) => (this.readAgain = resolve));
        this.readAgain = null;
        this.readFailed = false;
        this.notify();
      }
    }
  }

  /** The other tab closed: its draft and history are read afresh, and the draft is this tab's now. */
  private async takeOver(): Promise<void> {
    // Not `draft = null` and then read: a render in between makes a fresh draft (session's
    // `draft ??= fresh()`), which the read would then keep, and the other tab's answers were lost.
    await this.write(async () => {
      await this.readOrWait(true);
      this.ownsDraft = true;
    });
    this.notify();
  }

  /**
   * Another tab asked for the draft: nothing more is changed here, the writes under way finish
   * (the last answer is stored), then the lock goes to that tab and this one waits behind it.
   */
  private async handOver(): Promise<void> {
    if (!this.ownsDraft || !this.lock.owned) return;
    this.ownsDraft = false;
    this.notify();
    await this.settled();
    this.lock.handOver();
  }

  private async writeDraft(): Promise<void> {
    const draft = this.draftToWrite;
    this.draftToWrite = null;
    if (draft) await this.storage.saveDraft(draft);
  }

  private write<T>(op: () => Promise<T>): Promise<T> {
    const result = this.queue.then(() => this.loaded).then(op);
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    this.queue = done;
    this.writing.add(done);
    void done.then(() => this.writing.delete(done));
    return result;
  }

  private notify(): void {
    this.listeners.forEach((l) => l.changed());
  }
}

function entry(response: SeedsResponse, sending: SubmissionState): HistoryEntry {
  return { version: 1, response, ...(sending === 'local' ? {} : { sending: storedState(sending) }) };
}
