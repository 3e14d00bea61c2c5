import { advance, type Submission } from '../model/submission.js';
import type { DeliveryOutcome } from './delivery.js';
import type { OutboxEntry } from './records.js';

// The outbox's stored records after "Finish" and the lifecycle states they stand for: pure, so the
// Outbox only decides when to read and write them. Apart from ./outbox-entries.ts, which the entry
// needs to store a response with its record: these come with the outbox's own file.

/** A stored entry's place in the lifecycle before anything happened on this page. */
export const storedSubmission = (entry: OutboxEntry): Submission => ({
  state: entry.state === 'failed' ? 'failed' : 'queued',
  attempt: entry.attempt,
});

/** A response refused on an earlier page: the state it ended in, with the reason it was given. */
export const refusedEarlier = (entry: OutboxEntry): Submission =>
  advance(
    { state: 'sending', attempt: entry.attempt },
    { type: 'refused', status: entry.lastError?.status ?? null, message: entry.lastError?.message ?? '' },
  );

/**
 * The record after failed attempt `attempt`: pending until `retryAt` (epoch ms) when the outcome
 * says retry, else failed for good; with the error it failed with.
 */
export function failedEntry(
  entry: OutboxEntry,
  attempt: number,
  outcome: Exclude<DeliveryOutcome, { kind: 'delivered' }>,
  now: number,
  retryAt: number,
): OutboxEntry {
  const lastError = { status: outcome.status, message: outcome.message, at: new Date(now).toISOString() };
  return outcome.kind === 'retry'
    ? { ...entry, attempt, state: 'pending', lastError, nextAttemptAt: new Date(retryAt).toISOString() }
    : { ...entry, attempt, state: 'failed', lastError };
}
