import { ownValue } from './checks.js';
import type { InstrumentId } from './model.js';
import type { Locale } from './locale.js';
import { questionItems, type Model } from './model.js';
import { RESPONSE_SCHEMA, RESPONSE_SCHEMA_VERSION, type SeedsResponse } from './response.js';
import type { Role } from './roles.js';
import { scoreFactors, type Answers } from './scoring.js';

// Apart from ./response.ts (the payload's types, read everywhere): only "Finish" builds a response,
// so the CDN build ships this with the validators' file Finish loads, not with the first screen.

export interface ResponseInput {
  readonly id: string;
  readonly model: Model;
  readonly instrument: InstrumentId;
  readonly locale: Locale;
  readonly community: string | null;
  readonly role: Role | null;
  readonly answers: Answers;
  readonly startedAt: Date;
  readonly completedAt: Date;
}

export function buildResponse(input: ResponseInput): SeedsResponse {
  const items = questionItems(input.model, input.instrument);
  return {
    schema: RESPONSE_SCHEMA,
    schemaVersion: RESPONSE_SCHEMA_VERSION,
    id: input.id,
    community: input.community,
    instrument: input.instrument,
    locale: input.locale,
    startedAt: input.startedAt.toISOString(),
    completedAt: input.completedAt.toISOString(),
    respondent: { role: input.role },
    answers: items.map((item) => ({
      item: item.id,
      factor: item.factor,
      value: ownValue(input.answers, item.id) ?? null,
    })),
    scores: scoreFactors(input.model.factors, items, input.answers),
    // Which wordings were answered, so later comparisons leave out items that changed since.
    ...(input.model.instrumentVersion !== undefined && { instrumentVersion: input.model.instrumentVersion }),
  };
}
