import { lazyFile } from '../internal/lazy-file.js';
import { loadRecordChecks } from '../services/checks-file.js';
import type { Outbox } from '../services/outbox.js';

// The outbox's code (delivery, retries, backoff: 3 KB gzip) is not needed before the first question:
// the CDN build makes it a file of its own (`delivery-…js`, issue 13), loaded once the namespace's
// store has been read. A response completed before it is there is stored with its outbox record
// all the same, and sent when the file arrives (`Outbox.start` sends every pending record). The
// validators of outbox records (./checks-file.ts) load with it: the outbox reads and writes those.

const outbox = lazyFile(async () => {
  const [{ Outbox }] = await Promise.all([import('../services/outbox.js'), loadRecordChecks()]);
  return Outbox;
});

/** The `Outbox` class once its file is loaded, else null. */
export const outboxClass: () => typeof Outbox | null = outbox.current;

/** Loads the outbox's file (once; a failed load is tried again on the next call). */
export const loadOutboxClass: () => Promise<typeof Outbox> = outbox.load;
