import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

// Two interchangeable key-value backends for SeedsStorage: IndexedDB through idb-keyval (in its own
// database, never idb-keyval's shared default store) and a Map for when IndexedDB fails.
// Writes and deletes take a `readable` check that runs inside the same transaction: a record that
// is there but unreadable is never overwritten or deleted ("refused").

export const DB_NAME = 'seeds-of-innovation';
export const STORE_NAME = 'records';

/** True when a stored value passes its record validator. */
export type Readable = (value: unknown) => boolean;

export interface RecordBackend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  /** Every `[key, value]` whose key starts with `prefix`, in key order. */
  getRange(prefix: string): Promise<Array<[string, unknown]>>;
  put(key: string, value: unknown, readable: Readable): Promise<'written' | 'refused'>;
  /** An absent key counts as deleted. */
  delete(key: string, readable: Readable): Promise<'deleted' | 'refused'>;
  /** Deletes every key under `prefix`; with `readable`, only the records that pass it. */
  deleteRange(prefix: string, readable?: Readable): Promise<void>;
  /** Several puts and deletes in one transaction: all of them happen, or (on failure) none. */
  batch(ops: readonly BatchOp[]): Promise<Array<'written' | 'deleted' | 'refused'>>;
}

/** One step of a `batch`: a put (with `value`) or a delete (without), guarded like `put`/`delete`. */
export interface BatchOp {
  readonly key: string;
  readonly value?: unknown;
  readonly readable: Readable;
}

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** Runs `body` in a transaction and settles when the transaction completes (or fails). */
function inTransaction<T>(
  store: UseStore,
  mode: IDBTransactionMode,
  body: (os: IDBObjectStore, done: (result: T) => void, guard: (step: () => void) => void) => void,
): Promise<T> {
  return store(mode, (os) => {
    return new Promise<T>((resolve, reject) => {
      const tx = os.transaction;
      let result: T;
      tx.oncomplete = () => resolve(result);
      tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The transaction failed.', 'UnknownError'));
      // A throw inside a request callback would abort the transaction as a bare AbortError; keep the
      // real error (e.g. QuotaExceededError) so the caller can tell what happened.
      const guard = (step: () => void) => {
        try {
          step();
        } catch (error) {
          reject(error);
          try {
            tx.abort();
          } catch {
            // already finished
          }
        }
      };
      guard(() => body(os, (r) => (result = r), guard));
    });
  });
}

/** IndexedDB through idb-keyval: database `seeds-of-innovation`, object store `records`. */
export class IdbBackend implements RecordBackend {
  readonly kind = 'indexeddb';
  private store: UseStore;

  /**
   * @param onReset Called when another party (the host page's `indexedDB.deleteDatabase`, or a newer
   *   version of the widget in another tab) needs the database: the connection is closed at once so
   *   that it is not blocked, and the next operation opens the database again.
   */
  constructor(private readonly onReset?: () => void) {
    this.store = this.open();
  }

  private open(): UseStore {
    const store = createStore(DB_NAME, STORE_NAME);
    let watched = false;
    return (mode, callback) =>
      store(mode, (os) => {
        if (!watched) {
          watched = true;
          const db = os.transaction.db;
          db.addEventListener('versionchange', () => {
            db.close();
            this.store = this.open();
            this.onReset?.();
          });
        }
        return callback(os);
      });
  }

  /** Opens the database and reads from it once; rejects when IndexedDB is missing, blocked or broken. */
  async probe(): Promise<void> {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('IndexedDB is not available here.');
    await this.store('readonly', (os) => promisifyRequest(os.count()));
  }

  async get(key: string): Promise<unknown> {
    return this.store('readonly', (os) => promisifyRequest(os.get(key)));
  }

  async getRange(prefix: string): Promise<Array<[string, unknown]>> {
    return this.store('readonly', async (os) => {
      const [keys, values] = await Promise.all([
        promisifyRequest(os.getAllKeys(range(prefix))),
        promisifyRequest(os.getAll(range(prefix))),
      ]);
      return keys.map((key, i) => [String(key), values[i]] as [string, unknown]);
    });
  }

  put(key: string, value: unknown, readable: Readable): Promise<'written' | 'refused'> {
    return this.unlessUnreadable(key, readable, 'written', (os) => os.put(value, key));
  }

  delete(key: string, readable: Readable): Promise<'deleted' | 'refused'> {
    return this.unlessUnreadable(key, readable, 'deleted', (os) => os.delete(key));
  }

  batch(ops: readonly BatchOp[]): Promise<Array<'written' | 'deleted' | 'refused'>> {
    return inTransaction(this.store, 'readwrite', (os, done, guard) => {
      const results: Array<'written' | 'deleted' | 'refused'> = ops.map(() => 'refused');
      done(results);
      ops.forEach((op, i) => {
        const request = os.get(op.key);
        request.onsuccess = () =>
          guard(() => {
            if (request.result !== undefined && !op.readable(request.result)) return;
            if (op.value === undefined) os.delete(op.key);
            else os.put(op.value, op.key);
            results[i] = op.value === undefined ? 'deleted' : 'written';
          });
      });
    });
  }

  /** Runs `change` in the same transaction as the read, unless the record there is unreadable. */
  private unlessUnreadable<T extends string>(
    key: string,
    readable: Readable,
    outcome: T,
    change: (os: IDBObjectStore) => void,
  ): Promise<T | 'refused'> {
    return inTransaction(this.store, 'readwrite', (os, done, guard) => {
      done('refused');
      const request = os.get(key);
      request.onsuccess = () =>
        guard(() => {
          if (request.result !== undefined && !readable(request.result)) return;
          change(os);
          done(outcome);
        });
    });
  }

  async deleteRange(prefix: string, readable?: Readable): Promise<void> {
    return inTransaction(this.store, 'readwrite', (os, _done, guard) => {
      if (!readable) {
        os.delete(range(prefix));
        return;
      }
      const cursor = os.openCursor(range(prefix));
      cursor.onsuccess = () =>
        guard(() => {
          const at = cursor.result;
          if (!at) return;
          if (readable(at.value)) at.delete();
          at.continue();
        });
    });
  }
}

/** The fallback: the same operations on a Map that lives as long as the page. */
export class MemoryBackend implements RecordBackend {
  readonly kind = 'memory';
  private readonly map: Map<string, unknown>;

  constructor(initial: Iterable<[string, unknown]> = []) {
    this.map = new Map(initial);
  }

  async get(key: string): Promise<unknown> {
    return this.map.get(key);
  }

  async getRange(prefix: string): Promise<Array<[string, unknown]>> {
    return [...this.map].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async put(key: string, value: unknown, readable: Readable): Promise<'written' | 'refused'> {
    if (this.map.has(key) && !readable(this.map.get(key))) return 'refused';
    this.map.set(key, structuredClone(value));
    return 'written';
  }

  async delete(key: string, readable: Readable): Promise<'deleted' | 'refused'> {
    if (this.map.has(key) && !readable(this.map.get(key))) return 'refused';
    this.map.delete(key);
    return 'deleted';
  }

  async batch(ops: readonly BatchOp[]): Promise<Array<'written' | 'deleted' | 'refused'>> {
    return Promise.all(
      ops.map((op) =>
        op.value === undefined ? this.delete(op.key, op.readable) : this.put(op.key, op.value, op.readable),
      ),
    );
  }

  async deleteRange(prefix: string, readable?: Readable): Promise<void> {
    for (const [key, value] of this.map) {
      if (key.startsWith(prefix) && (!readable || readable(value))) this.map.delete(key);
    }
  }
}
