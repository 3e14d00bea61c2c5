import type { ValidationResult } from '../model/validation.js';
import { IdbBackend, MemoryBackend, type RecordBackend } from './backend.js';
import { ProblemLog, storageProblems, type StorageProblem } from './storage-problems.js';
import { withTimeout } from './timers.js';

export type { StorageErrorCode, StorageProblem } from './storage-problems.js';

export interface StorageStatus {
  /** `unknown` until `ready()` has settled. */
  readonly mode: 'unknown' | 'indexeddb' | 'memory';
  /** True while data is written to IndexedDB and survives a reload. */
  readonly persistent: boolean;
  /** Every problem reported so far, oldest first. */
  readonly problems: readonly StorageProblem[];
}

export type Validator<T> = (value: unknown) => ValidationResult<T>;
/** A validator in a file of its own (see ./checks-file.ts). */
export interface LazyValidator<T> {
  readonly load: () => Promise<Validator<T>>;
}

export interface RecordStoreOptions {
  onProblem?: (problem: StorageProblem) => void;
  /** Longest wait for one IndexedDB operation (a blocked open never settles), in ms. Default 5000. */
  timeout?: number;
}

/**
 * Validated records on top of IndexedDB that fall back to memory when IndexedDB is missing,
 * blocked, full or failing, and report each problem once. Unreadable records are never
 * overwritten or deleted (except by `deleteRange(prefix)` with no check, which is `deleteAll`).
 */
export class RecordStore {
  private readonly idb = new IdbBackend(() => void this.rewrite());
  private backend: RecordBackend = this.idb;
  private mode: StorageStatus['mode'] = 'unknown';
  private readiness?: Promise<StorageStatus>;
  // Valid records read or written while IndexedDB worked: the memory fallback starts from these.
  private readonly known = new Map<string, unknown>();
  // New data whose key holds an unreadable record: kept for this page only, never written over it.
  private readonly volatile = new Map<string, unknown>();
  private readonly problems: ProblemLog;
  private readonly timeout: number;

  constructor(options: RecordStoreOptions = {}) {
    this.problems = new ProblemLog(options.onProblem);
    this.timeout = options.timeout ?? 5000;
  }

  get status(): StorageStatus {
    return { mode: this.mode, persistent: this.mode === 'indexeddb', problems: [...this.problems.all] };
  }

  /** Detects whether IndexedDB works (once); resolves with the status, never rejects. */
  ready(): Promise<StorageStatus> {
    return (this.readiness ??= withTimeout(this.idb.probe(), this.timeout).then(
      () => {
        // A failure during the probe's own wait may already have switched to memory.
        if (this.mode === 'unknown') this.mode = 'indexeddb';
        return this.status;
      },
      (error: unknown) => {
        this.fallBack(storageProblems.unavailable(error));
        return this.status;
      },
    ));
  }

  async read<T>(key: string, validate: Validator<T>): Promise<T | undefined> {
    const value = await this.run((b) => b.get(key));
    if (this.mode === 'indexeddb' && this.volatile.has(key)) return this.volatile.get(key) as T;
    if (value === undefined) {
      this.known.delete(key);
      return undefined;
    }
    const result = validate(value);
    if (result.ok) {
      this.known.set(key, result.value);
      return result.value;
    }
    this.reportCorrupt(key, result.errors[0]);
    return undefined;
  }

  /**
   * Every readable record under `prefix`; unreadable ones are reported and skipped. A `LazyValidator`
   * is loaded only when there are records to check.
   */
  async readRange<T>(prefix: string, validator: Validator<T> | LazyValidator<T>): Promise<T[]> {
    const rows = await this.run((b) => b.getRange(prefix));
    const validate = typeof validator === 'function' ? validator : rows.length ? await validator.load() : null;
    const out = new Map<string, T>();
    if (this.mode === 'indexeddb') {
      for (const key of this.known.keys()) if (key.startsWith(prefix)) this.known.delete(key);
    }
    for (const [key, value] of rows) {
      const result = validate!(value);
      if (result.ok) {
        out.set(key, result.value);
        if (this.mode === 'indexeddb') this.known.set(key, result.value);
      } else {
        this.reportCorrupt(key, result.errors[0]);
      }
    }
    if (this.mode === 'indexeddb') {
      for (const [key, value] of this.volatile) if (key.startsWith(prefix)) out.set(key, value as T);
    }
    return [...out.values()];
  }

  /** Writes a record unless its key holds an unreadable one; then the record is kept in memory. */
  async write<T>(key: string, record: T, validate: Validator<T>): Promise<void> {
    const result = await this.run((b) => b.put(key, record, (v) => validate(v).ok));
    if (result === 'written') {
      if (this.mode === 'indexeddb') this.known.set(key, record);
      this.volatile.delete(key);
      return;
    }
    this.volatile.set(key, record);
    this.reportCorrupt(key, 'the new data was not written over it and is kept in memory only');
  }

  /**
   * Writes (with `record`) and deletes (without) several records in one transaction, each guarded
   * like `write` and `remove`: either all of it reaches IndexedDB or none of it does.
   */
  async writeMany(ops: ReadonlyArray<{ key: string; record?: unknown; validate: Validator<unknown> }>): Promise<void> {
    const batch = ops.map((op) => ({ key: op.key, value: op.record, readable: (v: unknown) => op.validate(v).ok }));
    for (const op of ops) if (op.record === undefined) this.volatile.delete(op.key);
    const results = await this.run((b) => b.batch(batch));
    ops.forEach((op, i) => {
      if (results[i] === 'written') {
        if (this.mode === 'indexeddb') this.known.set(op.key, op.record);
        this.volatile.delete(op.key);
      } else if (results[i] === 'deleted') {
        this.known.delete(op.key);
      } else if (op.record !== undefined) {
        this.volatile.set(op.key, op.record);
        this.reportCorrupt(op.key, 'the new data was not written over it and is kept in memory only');
      } else {
        this.reportCorrupt(op.key, 'it was not deleted');
      }
    });
  }

  /** Deletes a record unless it is unreadable. */
  async remove<T>(key: string, validate: Validator<T>): Promise<void> {
    const readable = (v: unknown) => validate(v).ok;
    this.volatile.delete(key);
    const result = await this.run((b) => b.delete(key, readable));
    if (result === 'deleted') this.known.delete(key);
    else this.reportCorrupt(key, 'it was not deleted');
    await this.alsoOnDisk(() => this.idb.delete(key, readable));
  }

  /**
   * Deletes the records under `prefix`: only readable ones when `validate` is given, every one
   * (unreadable too) without it. Resolves false when stored data could not be deleted.
   */
  async removeRange<T>(prefix: string, validate?: Validator<T>): Promise<boolean> {
    const readable = validate && ((v: unknown) => validate(v).ok);
    for (const map of [this.known, this.volatile]) {
      for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
    }
    await this.run((b) => b.deleteRange(prefix, readable));
    return this.alsoOnDisk(() => this.idb.deleteRange(prefix, readable));
  }

  /**
   * The database was deleted (or upgraded) under us: write back every record this page knows, so
   * the answers given so far survive a reload, and say so once.
   */
  private async rewrite(): Promise<void> {
    if (this.backend !== this.idb) return;
    this.problems.report(storageProblems.reset());
    try {
      for (const [key, value] of [...this.known, ...this.volatile]) {
        await withTimeout(
          this.idb.put(key, value, () => true),
          this.timeout,
        );
      }
    } catch (error) {
      this.fallBack(storageProblems.failed(error));
    }
  }

  /**
   * After a fall back to memory (a full disk, a failing transaction), IndexedDB may still hold
   * what was written before: a delete must reach it too, or a cleared draft or a delivered
   * response would come back on the next page load. False when that failed.
   */
  private async alsoOnDisk(op: () => Promise<unknown>): Promise<boolean> {
    if (this.backend === this.idb || this.problems.has('storage-unavailable')) return true;
    try {
      await withTimeout(op(), this.timeout);
      return true;
    } catch (error) {
      this.problems.report(storageProblems.notDeleted(error));
      return false;
    }
  }

  private async run<T>(op: (backend: RecordBackend) => Promise<T>): Promise<T> {
    await this.ready();
    const backend = this.backend;
    if (backend.kind === 'memory') return op(backend);
    try {
      return await withTimeout(op(backend), this.timeout);
    } catch (error) {
      this.fallBack(storageProblems.failed(error));
      return op(this.backend);
    }
  }

  private fallBack(problem: StorageProblem): void {
    if (this.backend.kind === 'memory') return;
    this.backend = new MemoryBackend([...this.known, ...this.volatile]);
    this.volatile.clear();
    this.mode = 'memory';
    this.problems.report(problem);
  }

  private reportCorrupt(key: string, reason: string | undefined): void {
    this.problems.report(storageProblems.corrupt(key, reason));
  }
}
