import type { SeedsErrorCode } from '../events/seeds-error.js';
import { describeError } from '../model/checks.js';

/** The `seeds-error` codes a storage problem is reported with. */
export type StorageErrorCode = Extract<SeedsErrorCode, `storage-${string}`>;

/** A storage problem, ready to become a `seeds-error` (code + English message) and a calm UI note. */
export interface StorageProblem {
  readonly code: StorageErrorCode;
  /** A readable English explanation for the host developer. */
  readonly message: string;
  /** The record key concerned, for `storage-corrupt`. */
  readonly key?: string;
  readonly cause?: unknown;
}

const MEMORY_ONLY = 'from now on data is kept in memory only and is lost when the page closes';

/** The problems of a failing IndexedDB operation, in the words the host reads. */
export const storageProblems = {
  unavailable: (error: unknown): StorageProblem => ({
    code: 'storage-unavailable',
    message: `IndexedDB is not available (${describeError(error)}); answers will not be kept after the page closes.`,
    cause: error,
  }),
  /** A write or read failed; a full disk says so. */
  failed: (error: unknown): StorageProblem =>
    error instanceof DOMException && error.name === 'QuotaExceededError'
      ? { code: 'storage-quota', message: `The browser's storage for this site is full; ${MEMORY_ONLY}.`, cause: error }
      : {
          code: 'storage-failed',
          message: `IndexedDB failed (${describeError(error)}); ${MEMORY_ONLY}.`,
          cause: error,
        },
  notDeleted: (error: unknown): StorageProblem => ({
    code: 'storage-failed',
    message: `Stored data could not be deleted (${describeError(error)}).`,
    cause: error,
  }),
  reset: (): StorageProblem => ({
    code: 'storage-reset',
    message: 'The database was deleted or upgraded by the page; what this page holds was written to it again.',
  }),
  corrupt: (key: string, reason: string | undefined): StorageProblem => ({
    code: 'storage-corrupt',
    key,
    message: `A stored record (${key}) could not be read${reason ? ` (${reason})` : ''}; it was left untouched.`,
  }),
};

/** Every problem reported so far; each one (code and key) reaches `onProblem` once. */
export class ProblemLog {
  readonly all: StorageProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly onProblem?: (problem: StorageProblem) => void) {}

  report(problem: StorageProblem): void {
    const id = `${problem.code} ${problem.key ?? ''}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.all.push(problem);
    this.onProblem?.(problem);
  }

  has(code: StorageErrorCode): boolean {
    return this.all.some((p) => p.code === code);
  }
}
