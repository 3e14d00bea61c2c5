import type { SeedsResponse } from '../model/response.js';
import type { Draft } from '../model/draft.js';
import type { SubmissionState } from '../model/submission.js';
import { RecordStore, type StorageProblem, type StorageStatus } from './record-store.js';
import { loadRecordChecks } from './checks-file.js';
import {
  RECORD_VERSION,
  validateDraft,
  type Agenda,
  type DraftRecord,
  type HistoryEntry,
  type OutboxEntry,
} from './records.js';
import { namespacePrefix, normalizeNamespace, recordKey, type RecordKind } from './storage-keys.js';

export interface SeedsStorageOptions {
  /** The element's `storage-key`, else its `community`; default `default`. */
  namespace?: string | null;
  /** Called once per problem; turn it into `seeds-error` and, for the first one, a calm note. */
  onProblem?: (problem: StorageProblem) => void;
  /** Longest wait for one IndexedDB operation, in ms. Default 5000. */
  timeout?: number;
}

/** A round as a key part: never empty (the round without a name is `-`), any text encoded. */
function roundId(round: string): string {
  return round ? `r-${encodeURIComponent(round)}` : '-';
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; errors: string[] }, what: string): T {
  if (!result.ok) throw new TypeError(`${what}: ${result.errors.join('; ')}`);
  return result.value;
}

/**
 * What the widget keeps on this device for one namespace: the draft in progress, the history of
 * completed measurements (with their agendas), the outbox of responses not yet delivered, and the
 * facilitator's group agenda per round.
 * Stored in IndexedDB (`seeds-of-innovation` / `records`), one record per key; in memory when
 * IndexedDB is unavailable or fails. No method rejects because of storage: problems go to
 * `onProblem` and `status`. Methods reject with a TypeError only for invalid input, and when the
 * validators of measurements, outbox entries and agendas (a file of their own in the CDN build,
 * ./checks-file.ts) cannot be loaded.
 *
 * @example
 * ```ts
 * const storage = new SeedsStorage({ namespace: this.community, onProblem: (p) => this.handleStorageProblem(p) });
 * const { persistent } = await storage.ready();
 * const draft = await storage.loadDraft();
 * await storage.saveDraft({ ...draft, step: 2 });
 * ```
 *
 * It does not order its own writes: `NamespaceStore` (src/state/store.ts) is the one write path
 * per namespace and runs them one after another.
 */
export class SeedsStorage {
  readonly namespace: string;
  private readonly records: RecordStore;

  constructor(options: SeedsStorageOptions = {}) {
    this.namespace = normalizeNamespace(options.namespace);
    this.records = new RecordStore({ onProblem: options.onProblem, timeout: options.timeout });
  }

  /** `mode`, `persistent` and the problems so far. */
  get status(): StorageStatus {
    return this.records.status;
  }

  /** Detects whether IndexedDB works; resolves with the status, never rejects. */
  ready(): Promise<StorageStatus> {
    return this.records.ready();
  }

  key(kind: RecordKind, id: string): string {
    return recordKey(this.namespace, kind, id);
  }

  private prefix(kind?: RecordKind): string {
    return `${namespacePrefix(this.namespace)}${kind ? `${kind}:` : ''}`;
  }

  // Drafts ---------------------------------------------------------------------------------------

  /** The draft in progress (the most recently saved one if a second tab made another), if any. */
  async loadDraft(): Promise<DraftRecord | undefined> {
    const drafts = await this.records.readRange(this.prefix('draft'), validateDraft);
    return drafts.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
  }

  /** Saves the draft now. */
  async saveDraft(draft: Draft): Promise<void> {
    const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== undefined));
    const record = orThrow(
      validateDraft({ ...draft, answers, version: RECORD_VERSION, updatedAt: new Date().toISOString() }),
      'saveDraft',
    );
    await this.records.write(this.key('draft', record.id), record, validateDraft);
  }

  /** Removes the draft `id`, or every readable draft of this namespace. */
  async clearDraft(id?: string): Promise<void> {
    if (id === undefined) await this.records.removeRange(this.prefix('draft'), validateDraft);
    else await this.records.remove(this.key('draft', id), validateDraft);
  }

  /**
   * A completed measurement in one transaction: its history entry, its outbox entry (when it is to
   * be sent) and the removal of its draft. Nothing is half-done when the page closes meanwhile.
   */
  async complete(response: SeedsResponse, sending: SubmissionState | undefined, outbox?: OutboxEntry): Promise<void> {
    const { validateHistoryEntry, validateOutboxEntry } = await loadRecordChecks();
    const history = orThrow(
      validateHistoryEntry({ version: RECORD_VERSION, response, ...(sending ? { sending } : {}) }),
      'complete',
    );
    if (outbox) orThrow(validateOutboxEntry(outbox), 'complete');
    await this.records.writeMany([
      { key: this.key('history', response.id), record: history, validate: validateHistoryEntry },
      ...(outbox ? [{ key: this.key('outbox', response.id), record: outbox, validate: validateOutboxEntry }] : []),
      { key: this.key('draft', response.id), validate: validateDraft },
    ]);
  }

  // History --------------------------------------------------------------------------------------

  /** Completed measurements, oldest first. */
  async listHistory(): Promise<HistoryEntry[]> {
    // The validator's file is loaded only when there is a history to check (not on a first visit).
    const entries = await this.records.readRange(this.prefix('history'), {
      load: async () => (await loadRecordChecks()).validateHistoryEntry,
    });
    return entries.sort((a, b) => Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt));
  }

  async getHistory(id: string): Promise<HistoryEntry | undefined> {
    const { validateHistoryEntry } = await loadRecordChecks();
    return this.records.read(this.key('history', id), validateHistoryEntry);
  }

  /** Adds a completed measurement (replacing an entry with the same id). */
  async addHistory(response: SeedsResponse, agenda?: Agenda, sending?: SubmissionState): Promise<HistoryEntry> {
    const { validateHistoryEntry } = await loadRecordChecks();
    const entry = orThrow(
      validateHistoryEntry({
        version: RECORD_VERSION,
        response,
        ...(agenda ? { agenda } : {}),
        ...(sending ? { sending } : {}),
      }),
      'addHistory',
    );
    await this.records.write(this.key('history', response.id), entry, validateHistoryEntry);
    return entry;
  }

  /** Sets the agenda of a measurement; undefined when there is no readable entry with that id. */
  async updateAgenda(id: string, agenda: Agenda): Promise<HistoryEntry | undefined> {
    const { validateAgenda, validateHistoryEntry } = await loadRecordChecks();
    orThrow(validateAgenda(agenda), 'updateAgenda');
    const entry = await this.getHistory(id);
    if (!entry) return undefined;
    const next: HistoryEntry = { ...entry, agenda };
    await this.records.write(this.key('history', id), next, validateHistoryEntry);
    return next;
  }

  /** Records where sending a measurement stands; undefined when there is no readable entry with that id. */
  async updateSending(id: string, sending: SubmissionState): Promise<HistoryEntry | undefined> {
    const { validateHistoryEntry } = await loadRecordChecks();
    const entry = await this.getHistory(id);
    if (!entry) return undefined;
    const next: HistoryEntry = { ...entry, sending };
    await this.records.write(this.key('history', id), next, validateHistoryEntry);
    return next;
  }

  // Group agendas (the facilitator's, per round) ------------------------------------------------

  /** The group agenda kept for a round (`''`: responses without a round), if any. */
  async loadGroupAgenda(round: string): Promise<Agenda | undefined> {
    const { validateGroupAgenda } = await loadRecordChecks();
    return (await this.records.read(this.key('group-agenda', roundId(round)), validateGroupAgenda))?.agenda;
  }

  /** Keeps the group agenda of a round. */
  async saveGroupAgenda(round: string, agenda: Agenda): Promise<void> {
    const { validateAgenda, validateGroupAgenda } = await loadRecordChecks();
    orThrow(validateAgenda(agenda), 'saveGroupAgenda');
    const record = { version: RECORD_VERSION, round, agenda };
    await this.records.write(this.key('group-agenda', roundId(round)), record, validateGroupAgenda);
  }

  // Outbox (used by Outbox) ----------------------------------------------------------------------

  /** Responses waiting for delivery, oldest first. */
  async listOutbox(): Promise<OutboxEntry[]> {
    const { validateOutboxEntry } = await loadRecordChecks();
    const entries = await this.records.readRange(this.prefix('outbox'), validateOutboxEntry);
    return entries.sort((a, b) => Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt));
  }

  async getOutbox(id: string): Promise<OutboxEntry | undefined> {
    const { validateOutboxEntry } = await loadRecordChecks();
    return this.records.read(this.key('outbox', id), validateOutboxEntry);
  }

  async putOutbox(entry: OutboxEntry): Promise<void> {
    const { validateOutboxEntry } = await loadRecordChecks();
    orThrow(validateOutboxEntry(entry), 'putOutbox');
    await this.records.write(this.key('outbox', entry.response.id), entry, validateOutboxEntry);
  }

  async deleteOutbox(id: string): Promise<void> {
    const { validateOutboxEntry } = await loadRecordChecks();
    return this.records.remove(this.key('outbox', id), validateOutboxEntry);
  }

  // Everything -----------------------------------------------------------------------------------

  /**
   * "Delete my data on this device": the draft, the history and the outbox (responses not yet
   * delivered are lost, so say so first) of this namespace, unreadable records included, since the
   * participant asked for all of it to go. Resolves false when stored data could not be deleted.
   */
  deleteAll(): Promise<boolean> {
    return this.records.removeRange(this.prefix());
  }
}
