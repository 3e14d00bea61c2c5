import type { InstrumentId } from './model.js';
import type { Locale } from './locale.js';
import type { PhaseAnswer } from './phases.js';
import type { RoleAnswer } from './roles.js';
import type { Answers } from './scoring.js';

/**
 * A questionnaire in progress: what is kept as the participant goes, so a reload resumes it. The
 * one draft type: the element holds it, the storage stores it (adding `version` and `updatedAt`).
 */
export interface Draft {
  /** A UUID; becomes the response id when the questionnaire is completed. */
  readonly id: string;
  readonly instrument: InstrumentId;
  readonly locale: Locale;
  /** 0 is the intro; 1…n are the steps of `questionnaireSteps`. */
  readonly step: number;
  /** null: not answered yet; `'unstated'`: prefers not to say. */
  readonly role: RoleAnswer;
  /** The optional phase question; absent in drafts of earlier releases (read as not answered). */
  readonly phase?: PhaseAnswer;
  /** Item id → answer; a missing key (or undefined) is "not answered yet", null is "don't know". */
  readonly answers: Answers;
  /** ISO 8601. */
  readonly startedAt: string;
}

/** A fresh draft; `id` comes from the caller (the model has no randomness of its own). */
export function newDraft(id: string, instrument: InstrumentId, locale: Locale, now = new Date()): Draft {
  return { id, instrument, locale, step: 0, role: null, answers: {}, startedAt: now.toISOString() };
}

/** Whether the participant began this draft: moved past the intro, or answered anything. */
export function draftBegun(draft: Draft): boolean {
  return (
    draft.step > 0 || draft.role !== null || (draft.phase ?? null) !== null || Object.keys(draft.answers).length > 0
  );
}

/** The draft's own fields of a stored record (which adds `version` and `updatedAt`, not the draft's). */
export function draftFields({ id, instrument, locale, step, role, phase, answers, startedAt }: Draft): Draft {
  return { id, instrument, locale, step, role, answers, startedAt, ...(phase !== undefined && { phase }) };
}
