import { randomId } from '../services/uuid.js';
import type { InstrumentId } from '../model/instruments.js';
import type { Locale } from '../model/locale.js';
import type { Role } from '../model/roles.js';
import type { AnswerValue } from '../model/scale.js';

/** A questionnaire in progress: what is kept as the participant goes, so a reload resumes it. */
export interface Draft {
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly locale: Locale;
  /** 0 is the intro. */
  readonly step: number;
  /** undefined: not asked yet; null: prefers not to say. */
  readonly role?: Role | null;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** ISO 8601. */
  readonly startedAt: string;
}

export function newDraft(instrument: InstrumentId, locale: Locale, now = new Date()): Draft {
  return { id: randomId(), instrument, locale, step: 0, answers: {}, startedAt: now.toISOString() };
}
