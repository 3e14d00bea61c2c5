import { isInstrumentId } from '../model/instruments.js';
import { isLocale } from '../model/locale.js';
import { RESPONSE_SCHEMA, RESPONSE_SCHEMA_VERSION, type SeedsResponse } from '../model/response.js';
import { isRole } from '../model/roles.js';
import { isAnswerValue } from '../model/scale.js';
import type { ValidationResult } from '../model/validate-model.js';

// The same rules as schema/response.v1.json, in plain TypeScript: src must not ship a JSON Schema
// engine, and stored records are checked with this on every read.

type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3339 date-time, as `Date.prototype.toISOString()` writes it (an offset is accepted too).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** True for a UUID such as `crypto.randomUUID()` returns. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** True for an ISO 8601 / RFC 3339 date-time with a time zone, e.g. `2025-03-01T09:30:00.000Z`. */
export function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function onlyKeys(value: Json, allowed: readonly string[], at: string, errors: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.push(`${at}: unexpected property "${key}"`);
  }
}

const RESPONSE_KEYS = [
  'schema',
  'schemaVersion',
  'id',
  'community',
  'instrument',
  'locale',
  'startedAt',
  'completedAt',
  'respondent',
  'answers',
  'scores',
] as const;

/**
 * Checks that a value is a complete v1 response payload (the shape of `schema/response.v1.json`).
 *
 * @example
 * ```ts
 * const result = validateResponse(JSON.parse(text));
 * if (!result.ok) console.warn(result.errors.join('\n'));
 * ```
 */
export function validateResponse(value: unknown, at = 'response'): ValidationResult<SeedsResponse> {
  if (!isObject(value)) return { ok: false, errors: [`${at}: expected an object`] };
  const errors: string[] = [];
  onlyKeys(value, RESPONSE_KEYS, at, errors);
  if (value.schema !== RESPONSE_SCHEMA) errors.push(`${at}.schema: expected "${RESPONSE_SCHEMA}"`);
  if (value.schemaVersion !== RESPONSE_SCHEMA_VERSION) {
    errors.push(`${at}.schemaVersion: expected ${RESPONSE_SCHEMA_VERSION}`);
  }
  if (!isUuid(value.id)) errors.push(`${at}.id: expected a UUID`);
  if (value.community !== null && typeof value.community !== 'string') {
    errors.push(`${at}.community: expected a text or null`);
  }
  if (!isInstrumentId(value.instrument)) errors.push(`${at}.instrument: expected "quick" or "full"`);
  if (!isLocale(value.locale)) errors.push(`${at}.locale: expected "nl" or "en"`);
  for (const key of ['startedAt', 'completedAt'] as const) {
    if (!isDateTime(value[key])) errors.push(`${at}.${key}: expected an ISO 8601 date-time`);
  }
  const respondent = value.respondent;
  if (!isObject(respondent)) {
    errors.push(`${at}.respondent: expected an object with "role"`);
  } else {
    onlyKeys(respondent, ['role'], `${at}.respondent`, errors);
    if (respondent.role !== null && !isRole(respondent.role)) {
      errors.push(`${at}.respondent.role: expected one of business, government, knowledge, education, other, or null`);
    }
  }
  if (!Array.isArray(value.answers) || value.answers.length === 0) {
    errors.push(`${at}.answers: expected a non-empty array`);
  } else {
    value.answers.forEach((answer: unknown, i) => {
      const here = `${at}.answers[${i}]`;
      if (!isObject(answer)) return void errors.push(`${here}: expected { item, factor, value }`);
      onlyKeys(answer, ['item', 'factor', 'value'], here, errors);
      if (!isId(answer.item)) errors.push(`${here}.item: expected an item id`);
      if (!isId(answer.factor)) errors.push(`${here}.factor: expected a factor id`);
      if (!isAnswerValue(answer.value)) errors.push(`${here}.value: expected an integer 1–5 or null`);
    });
  }
  if (!isObject(value.scores)) {
    errors.push(`${at}.scores: expected an object of factor id → score`);
  } else {
    for (const [factor, score] of Object.entries(value.scores)) {
      const ok = score === null || (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100);
      if (!factor || !ok) errors.push(`${at}.scores.${factor}: expected a number 0–100 or null`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: value as unknown as SeedsResponse };
}
