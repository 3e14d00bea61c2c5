import type { InstrumentId } from './model.js';
import type { Locale } from './locale.js';
import type { Role } from './roles.js';
import type { AnswerValue } from './scale.js';
import type { Scores } from './scoring.js';

export const RESPONSE_SCHEMA = 'seeds-of-innovation/response';
export const RESPONSE_SCHEMA_VERSION = 1;

export interface ResponseAnswer {
  readonly item: string;
  readonly factor: string;
  readonly value: AnswerValue;
}

/** A completed questionnaire: the payload that is posted and exported (JSON Schema: `schema/response.v1.json`). */
export interface SeedsResponse {
  readonly schema: typeof RESPONSE_SCHEMA;
  readonly schemaVersion: typeof RESPONSE_SCHEMA_VERSION;
  /** A UUID; also sent as the `Idempotency-Key` header so a server can drop duplicates. */
  readonly id: string;
  readonly community: string | null;
  readonly instrument: InstrumentId;
  readonly locale: Locale;
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601. */
  readonly completedAt: string;
  readonly respondent: { readonly role: Role | null };
  /** Every statement of the instrument; skipped and "don't know" are both null. */
  readonly answers: readonly ResponseAnswer[];
  readonly scores: Scores;
  /** Optional (v2): the element's `round` attribute; absent in payloads of earlier releases. */
  readonly round?: string;
  /** Optional (v2): the version of the instrument's wordings; absent means 1. */
  readonly instrumentVersion?: number;
  /** Optional (v2): the phase the community is in. */
  readonly phase?: Phase;
}

/** The phases a learning community goes through (optional `phase` field of the payload, v2). */
export const PHASES = ['starting', 'growing', 'consolidating', 'ending', 'renewing'] as const;
export type Phase = (typeof PHASES)[number];
/** Longest `round` the schema accepts. */
export const ROUND_MAX_LENGTH = 200;
