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

export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an intranet on plain http still deserves valid v4 ids.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newDraft(instrument: InstrumentId, locale: Locale, now = new Date()): Draft {
  return { id: newId(), instrument, locale, step: 0, answers: {}, startedAt: now.toISOString() };
}
