import { lazyFile } from '../internal/lazy-file.js';

// The validators of stored measurements, outbox entries and agendas (record-checks.ts, with the
// response validator, and the writes of measurements that check with them: history-records.ts;
// 3 KB gzip) are not needed before the first question of a first visit, when
// storage holds no such record: the CDN build makes them a file of their own (`checks-…js`, issue
// 13), fetched ahead with the results view. Storage awaits it before it reads or writes such a
// record; a returning participant's first screen waits for it (their history is read then).

const checks = lazyFile(() => import('./history-records.js'));

/** Loads the validators and the history's writes (once; a failed load is tried again on the next call). */
export const loadRecordChecks = checks.load;
