import { loadRecordChecks } from '../services/checks-file.js';
import type { Outbox } from '../services/outbox.js';

// The outbox's code (delivery, retries, backoff: 3 KB gzip) is not needed before the first question:
// the CDN build makes it a file of its own (`delivery-…js`, issue 13), loaded once the namespace's
// store has been read. A response completed before it is there is stored with its outbox record
// all the same, and sent when the file arrives (`Outbox.start` sends every pending record). The
// validators of outbox records (./checks-file.ts) load with it: the outbox reads and writes those.

let loaded: typeof Outbox | null = null;
let loading: Promise<typeof Outbox> | null = null;

/** The `Outbox` class once its file is loaded, else null. */
export function outboxClass(): typeof Outbox | null {
  return loaded;
}

/** Loads the outbox's file (once; a failed load is tried again on the next call). */
export function loadOutboxClass(): Promise<typeof Outbox> {
  loading ??= Promise.all([import('../services/outbox.js'), loadRecordChecks()]).then(
    ([{ Outbox }]) => (loaded = Outbox),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
