import type { SeedsResponse } from '../model/response.js';
import type { SubmissionState } from '../model/submission-states.js';
import { validateAgenda, validateHistoryEntry, validateOutboxEntry } from './record-checks.js';
import { RECORD_VERSION, validateDraft, type Agenda, type HistoryEntry, type OutboxEntry } from './records.js';
import { orThrow, type SeedsStorage } from './storage.js';

// The writes of completed measurements, beside the validators they check with: this module is what
// ./checks-file.ts loads (the CDN build's `checks-…js`, not needed before a first visit's first
// question, issue 13), so `loadRecordChecks()` gives the validators and these functions at once.

export * from './record-checks.js';

/**
 * A completed measurement in one transaction: its history entry, its outbox entry (when it is to
 * be sent) and the removal of its draft. Nothing is half-done when the page closes meanwhile.
 */
export async function storeCompleted(
  storage: SeedsStorage,
  response: SeedsResponse,
  sending: SubmissionState | undefined,
  outbox?: OutboxEntry,
): Promise<void> {
  const history = orThrow(
    validateHistoryEntry({ version: RECORD_VERSION, response, ...(sending ? { sending } : {}) }),
    'storeCompleted',
  );
  if (outbox) orThrow(validateOutboxEntry(outbox), 'storeCompleted');
  await storage.records.writeMany([
    { key: storage.key('history', response.id), record: history, validate: validateHistoryEntry },
    ...(outbox ? [{ key: storage.key('outbox', response.id), record: outbox, validate: validateOutboxEntry }] : []),
    { key: storage.key('draft', response.id), validate: validateDraft },
  ]);
}

export function getHistory(storage: SeedsStorage, id: string): Promise<HistoryEntry | undefined> {
  return storage.records.read(storage.key('history', id), validateHistoryEntry);
}

/** Adds a completed measurement (replacing an entry with the same id). */
export async function addHistory(
  storage: SeedsStorage,
  response: SeedsResponse,
  agenda?: Agenda,
  sending?: SubmissionState,
): Promise<HistoryEntry> {
  const entry = orThrow(
    validateHistoryEntry({
      version: RECORD_VERSION,
      response,
      ...(agenda ? { agenda } : {}),
      ...(sending ? { sending } : {}),
    }),
    'addHistory',
  );
  await storage.records.write(storage.key('history', response.id), entry, validateHistoryEntry);
  return entry;
}

/** Sets the agenda of a measurement; undefined when there is no readable entry with that id. */
export async function updateAgenda(
  storage: SeedsStorage,
  id: string,
  agenda: Agenda,
): Promise<HistoryEntry | undefined> {
  orThrow(validateAgenda(agenda), 'updateAgenda');
  return update(storage, id, { agenda });
}

/** Records where sending a measurement stands; undefined when there is no readable entry with that id. */
export function updateSending(
  storage: SeedsStorage,
  id: string,
  sending: SubmissionState,
): Promise<HistoryEntry | undefined> {
  return update(storage, id, { sending });
}

async function update(
  storage: SeedsStorage,
  id: string,
  change: Partial<HistoryEntry>,
): Promise<HistoryEntry | undefined> {
  const entry = await getHistory(storage, id);
  if (!entry) return undefined;
  const next: HistoryEntry = { ...entry, ...change };
  await storage.records.write(storage.key('history', id), next, validateHistoryEntry);
  return next;
}
