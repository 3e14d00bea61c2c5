import { buildResponse } from '../model/build-response.js';
import type { Draft } from '../model/draft.js';
import type { Locale } from '../model/locale.js';
import type { InstrumentId, Model } from '../model/model.js';
import { responsePhase } from '../model/phases.js';
import { ROUND_MAX_LENGTH, type SeedsResponse } from '../model/response.js';
import { responseRole } from '../model/roles.js';
import { firstState, type SubmissionState } from '../model/submission-states.js';

// What "Finish" makes of a draft. In the validators' file of the CDN build (./completion-file.ts):
// the questionnaire does not need it before its last step.

export interface Completion {
  readonly draft: Draft;
  readonly model: Model;
  readonly instrument: InstrumentId;
  readonly locale: Locale;
  readonly community: string | null;
  /** The host's `round` attribute, as given. */
  readonly round: string | null;
  readonly endpoint: string | null;
  /** The host asked for consent itself (`consent="given"`). */
  readonly consentGiven: boolean;
  readonly completedAt: Date;
}

/** The response a draft completes into, and the state its sending starts in. */
export function completeDraft(input: Completion): { response: SeedsResponse; state: SubmissionState } {
  const { draft } = input;
  const built = buildResponse({
    id: draft.id,
    model: input.model,
    instrument: input.instrument,
    locale: input.locale,
    community: input.community || null,
    role: responseRole(draft.role),
    answers: draft.answers,
    startedAt: new Date(draft.startedAt),
    completedAt: input.completedAt,
  });
  const round = input.round?.trim().slice(0, ROUND_MAX_LENGTH);
  const phase = responsePhase(draft.phase);
  return {
    response: { ...built, ...(round ? { round } : {}), ...(phase ? { phase } : {}) },
    state: firstState(Boolean(input.endpoint), input.consentGiven),
  };
}
