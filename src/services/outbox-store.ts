import { loadRecordChecks } from './checks-file.js';
import type { OutboxEntry } from './records.js';
import { orThrow, type SeedsStorage } from './storage.js';

// The outbox's records in a namespace's storage: only the outbox (./outbox.ts, a file of its own in
// the CDN build) reads and writes them, so they are not in the first screen's file (issue 13). The
// validators come with ./checks-file.ts, which the outbox's file loads with it (state/outbox-file.ts).

/** Responses waiting for delivery, oldest first. */
export async function listOutbox(storage: SeedsStorage): Promise<OutboxEntry[]> {
  const { validateOutboxEntry } = await loadRecordChecks();
  const entries = await storage.records.readRange(storage.prefix('outbox'), validateOutboxEntry);
  return entries.sort((a, b) => Date.parse(a.response.completedAt) - Date.parse(b.response.completedAt));
}

export async function getOutbox(storage: SeedsStorage, id: string): Promise<OutboxEntry | undefined> {
  const { validateOutboxEntry } = await loadRecordChecks();
  return storage.records.read(storage.key('outbox', id), validateOutboxEntry);
}

export async function putOutbox(storage: SeedsStorage, entry: OutboxEntry): Promise<void> {
  const { validateOutboxEntry } = await loadRecordChecks();
  orThrow(validateOutboxEntry(entry), 'putOutbox');
  await storage.records.write(storage.key('outbox', entry.response.id), entry, validateOutboxEntry);
}

export async function deleteOutbox(storage: SeedsStorage, id: string): Promise<void> {
  const { validateOutboxEntry } = await loadRecordChecks();
  return storage.records.remove(storage.key('outbox', id), validateOutboxEntry);
}
