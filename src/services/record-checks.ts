import { isDateTime, isObject } from '../model/checks.js';
import { isSubmissionState, SUBMISSION_STATES } from '../model/submission-states.js';
import { validateAgenda as validateModelAgenda } from '../model/validate-agenda.js';
import { validateResponse } from '../model/validate-response.js';
import { invalid, type ValidationResult } from '../model/validation.js';
import { isHttpUrl } from './endpoint.js';
import {
  checkVersion,
  isCount,
  type Agenda,
  type GroupAgendaRecord,
  type HistoryEntry,
  type OutboxEntry,
} from './records.js';

// The validators of stored measurements, outbox entries and agendas (records.ts has their shapes).
// Loaded with `import()` (./checks-file.ts): a participant's first visit has none of these records
// to read, so the CDN build puts this code, with the response validator, in a file fetched after
// the first screen (issue 13). Storage awaits it before it reads or writes such a record.

export { validateResponse, parseResponseJson } from '../model/validate-response.js';

const isText = (v: unknown): v is string => typeof v === 'string';

/** Checks an agenda (also used before saving one); the model's validator, with the record's path. */
export function validateAgenda(value: unknown, at = 'agenda'): ValidationResult<Agenda> {
  const result = validateModelAgenda(value);
  return result.ok
    ? result
    : invalid(result.errors.map((e) => (e.startsWith('agenda') ? e.replace(/^agenda/, at) : `${at}.${e}`)));
}

/** Checks a stored history entry. */
export function validateHistoryEntry(value: unknown): ValidationResult<HistoryEntry> {
  if (!isObject(value)) return invalid(['history: expected an object']);
  const errors: string[] = [];
  checkVersion(value, 'history', errors);
  const response = validateResponse(value.response);
  if (!response.ok) errors.push(...response.errors.map((e) => `history.response.${e}`));
  if (value.agenda !== undefined) {
    const agenda = validateAgenda(value.agenda, 'history.agenda');
    if (!agenda.ok) errors.push(...agenda.errors);
  }
  if (value.sending !== undefined && !isSubmissionState(value.sending)) {
    errors.push(`history.sending: expected one of ${SUBMISSION_STATES.join(', ')}`);
  }
  return errors.length ? invalid(errors) : { ok: true, value: value as unknown as HistoryEntry };
}

/** Checks a stored group agenda. */
export function validateGroupAgenda(value: unknown): ValidationResult<GroupAgendaRecord> {
  if (!isObject(value)) return invalid(['group-agenda: expected an object']);
  const errors: string[] = [];
  checkVersion(value, 'group-agenda', errors);
  if (!isText(value.round)) errors.push('group-agenda.round: expected text');
  const agenda = validateAgenda(value.agenda, 'group-agenda.agenda');
  if (!agenda.ok) errors.push(...agenda.errors);
  return errors.length ? invalid(errors) : { ok: true, value: value as unknown as GroupAgendaRecord };
}

/** Checks a stored outbox entry (its endpoint must still be an http(s) URL). */
export function validateOutboxEntry(value: unknown): ValidationResult<OutboxEntry> {
  if (!isObject(value)) return invalid(['outbox: expected an object']);
  const errors: string[] = [];
  checkVersion(value, 'outbox', errors);
  const response = validateResponse(value.response);
  if (!response.ok) errors.push(...response.errors.map((e) => `outbox.response.${e}`));
  if (!isHttpUrl(value.endpoint)) errors.push('outbox.endpoint: expected an absolute http(s) URL');
  if (!isCount(value.attempt)) errors.push('outbox.attempt: expected a whole number ≥ 0');
  if (!isDateTime(value.nextAttemptAt)) errors.push('outbox.nextAttemptAt: expected an ISO 8601 date-time');
  if (value.state !== 'pending' && value.state !== 'failed')
    errors.push('outbox.state: expected "pending" or "failed"');
  const last = value.lastError;
  if (
    last !== undefined &&
    !(
      isObject(last) &&
      (last.status === null || (typeof last.status === 'number' && Number.isInteger(last.status))) &&
      isText(last.message) &&
      isDateTime(last.at)
    )
  ) {
    errors.push('outbox.lastError: expected { status, message, at }');
  }
  return errors.length ? invalid(errors) : { ok: true, value: value as unknown as OutboxEntry };
}
