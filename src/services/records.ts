import { isInstrumentId } from '../model/model.js';
import { isLocale } from '../model/locale.js';
import type { SeedsResponse } from '../model/response.js';
import type { Draft } from '../model/draft.js';
import { isPhaseAnswer } from '../model/phases.js';
import { isRoleAnswer } from '../model/roles.js';
import { isAnswerValue } from '../model/scale.js';
import type { SubmissionState } from '../model/submission.js';
import { invalid, type ValidationResult } from '../model/validation.js';
import type { Agenda, AgendaAction } from '../model/agenda.js';
import { isDateTime, isObject, isUuid } from '../model/checks.js';

// The shapes of what is kept on the device, and pure validators for them. Every record carries
// `version: 1`; a record that fails its validator (garbage, or a future version) is "unreadable".
// The validators of completed measurements are in record-checks.ts: only the draft's is needed
// before the first question (the CDN build loads the rest later, issue 13).

export const RECORD_VERSION = 1;

/** The questionnaire in progress as stored: the draft plus `version` and `updatedAt` (stamped on every save). */
export interface DraftRecord extends Draft {
  readonly version: typeof RECORD_VERSION;
  /** ISO 8601. */
  readonly updatedAt: string;
}

export type { Agenda, AgendaAction };

/** A completed measurement kept for the history view. */
export interface HistoryEntry {
  readonly version: typeof RECORD_VERSION;
  readonly response: SeedsResponse;
  readonly agenda?: Agenda;
  /**
   * Where sending stands (the one lifecycle of `src/model/submission.ts`, stored: `queued` while it
   * is in the outbox, `sent` once the endpoint accepted it). Absent: nothing to send (`local`).
   */
  readonly sending?: SubmissionState;
}

/** The facilitator's agenda for one round of the group view (kept per namespace and round). */
export interface GroupAgendaRecord {
  readonly version: typeof RECORD_VERSION;
  /** The round's text; '' for responses without a round. */
  readonly round: string;
  readonly agenda: Agenda;
}

/** A completed response that has not been accepted by the endpoint yet. */
export interface OutboxEntry {
  readonly version: typeof RECORD_VERSION;
  readonly response: SeedsResponse;
  /** The absolute http(s) URL it goes to (as resolved when it was queued). */
  readonly endpoint: string;
  /** Attempts made so far (0 before the first). */
  readonly attempt: number;
  /** ISO 8601: not before this time (informative; a new page load retries at once). */
  readonly nextAttemptAt: string;
  readonly lastError?: { readonly status: number | null; readonly message: string; readonly at: string };
  /** `failed` is a 4xx other than 408/429: kept, but only retried when asked to. */
  readonly state: 'pending' | 'failed';
}

export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function checkVersion(value: Record<string, unknown>, at: string, errors: string[]): void {
  if (value.version !== RECORD_VERSION) {
    errors.push(
      typeof value.version === 'number' && value.version > RECORD_VERSION
        ? `${at}.version: ${value.version} was written by a newer version of the widget`
        : `${at}.version: expected ${RECORD_VERSION}`,
    );
  }
}

/** Checks a stored draft. */
export function validateDraft(value: unknown): ValidationResult<DraftRecord> {
  if (!isObject(value)) return invalid(['draft: expected an object']);
  const errors: string[] = [];
  checkVersion(value, 'draft', errors);
  if (!isUuid(value.id)) errors.push('draft.id: expected a UUID');
  if (!isInstrumentId(value.instrument)) errors.push('draft.instrument: expected "quick" or "full"');
  if (!isLocale(value.locale)) errors.push('draft.locale: expected "nl" or "en"');
  if (!isCount(value.step)) errors.push('draft.step: expected a whole number ≥ 0');
  if (!isRoleAnswer(value.role)) errors.push('draft.role: expected a role, "unstated" or null');
  if (value.phase !== undefined && !isPhaseAnswer(value.phase)) {
    errors.push('draft.phase: expected a phase, "unknown" or null');
  }
  if (!isObject(value.answers) || !Object.values(value.answers).every(isAnswerValue)) {
    errors.push('draft.answers: expected item id → 1–5 or null');
  }
  if (!isDateTime(value.startedAt)) errors.push('draft.startedAt: expected an ISO 8601 date-time');
  if (!isDateTime(value.updatedAt)) errors.push('draft.updatedAt: expected an ISO 8601 date-time');
  return errors.length ? invalid(errors) : { ok: true, value: value as unknown as DraftRecord };
}
