import type { Draft } from '../model/draft.js';
import { RecordStore, type StorageProblem, type StorageStatus } from './record-store.js';
import { loadRecordChecks } from './checks-file.js';
import { RECORD_VERSION, validateDraft, type DraftRecord, type HistoryEntry } from './records.js';
import { namespacePrefix, normalizeNamespace, recordKey, type RecordKind } from './storage-keys.js';

export interface SeedsStorageOptions {
  /** The element's `storage-key`, else its `community`; default `default`. */
  namespace?: string | null;
  /** Called once per problem; turn it into `seeds-error` and, for the first one, a calm note. */
  onProblem?: (problem: StorageProblem) => void;
  /** Longest wait for one IndexedDB operation, in ms. Default 5000. */
  timeout?: number;
}

/** The value of a validation, or a TypeError naming the method that was given invalid input. */
export function orThrow<T>(result: { ok: true; value: T } | { ok: false; errors: string[] }, what: string): T {
  if (!result.ok) throw new TypeError(`${what}: ${result.errors.join('; ')}`);
  return result.value;
}

/**
 * What the widget keeps on this device for one namespace: the draft in progress, the history of
 * completed measurements (with their agendas), the outbox of responses not yet delivered, and the
 * facilitator's group agenda per round. This class reads and writes the draft, reads the history
 * and deletes everything: what the first screen needs. The writes of the other records live beside
 * their validators, in the files that need them (issue 13): ./history-records.ts (with the
 * validators), ./outbox-store.ts (the outbox's file) and the group view's agenda-store.ts.
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
 * await addHistory(storage, response); // ./history-records.ts, loaded with the validators
 * ```
 *
 * It does not order its own writes: `NamespaceStore` (src/state/store.ts) is the one write path
 * per namespace and runs them one after another.
 */
export class SeedsStorage {
  readonly namespace: string;
  /** The validated records; the history's, outbox's and group agendas' own writes use it too. */
  readonly records: RecordStore;

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

  /** The keys' start of this namespace, or of one kind of its records. */
  prefix(kind?: RecordKind): string {
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

  /** Completed measurements, oldest first. */
  async listHistory(): Promise<HistoryEntry[]> {
    // The validator's file is loaded only when there is a history to check (not on a first visit).
    const entries = await this.records.readRange(this.prefix('history'), {
      load: async () => (await loadRecordChecks()).validateHistoryEntry,
    });
    return entries.sort((a, b) => Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt));
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
