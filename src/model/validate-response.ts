import { isDateTime, isObject, isReservedKey, isUuid, show, type Json } from './checks.js';
import { LOCALES, isLocale } from './locale.js';
import { INSTRUMENT_IDS, isInstrumentId, type InstrumentId, type Model } from './model.js';
import {
  PHASES,
  RESPONSE_SCHEMA,
  RESPONSE_SCHEMA_VERSION,
  ROUND_MAX_LENGTH,
  type Phase,
  type ResponseAnswer,
  type SeedsResponse,
} from './response.js';
import { ROLES, isRole } from './roles.js';
import { isAnswerValue, type AnswerValue } from './scale.js';
import type { Scores } from './scoring.js';
import type { ValidationResult } from './validation.js';
import { checkAgainstModel, checkAgreement } from './score-agreement.js';

/** A file with everything wrong should not produce a wall of text. */
const MAX_ERRORS = 25;

/**
 * Checks a response payload (schema v1, see PRODUCT.md) field by field and returns a clean copy
 * (unknown extra fields are dropped), or every problem with its path, e.g.
 * `answers[3].value: 7 is not 1–5 or null`.
 *
 * The scores must agree with the answers. Without a `model`, each factor found in the answers must
 * have the score its answers give, and no score may lack answers. With a `model`, every answer's
 * item and factor must exist in it and belong together, the answers must cover exactly the
 * instrument's statements, and every factor of the model must have the score `scoreFactors`
 * recomputes (within 0.01). Missing answers or scores are errors: the payload lists every item.
 *
 * Not checked: whether `completedAt` follows `startedAt` (clocks get adjusted).
 *
 * @example
 * ```ts
 * const result = validateResponse(JSON.parse(text), model);
 * if (!result.ok) console.warn(result.errors.join('\n'));
 * ```
 */
export function validateResponse(input: unknown, model?: Model): ValidationResult<SeedsResponse> {
  if (!isObject(input)) return { ok: false, errors: [`response: expected an object, got ${show(input)}`] };
  const errors: string[] = [];

  if (input.schema !== RESPONSE_SCHEMA) errors.push(`schema: expected "${RESPONSE_SCHEMA}", got ${show(input.schema)}`);
  if (input.schemaVersion !== RESPONSE_SCHEMA_VERSION) {
    errors.push(`schemaVersion: expected ${RESPONSE_SCHEMA_VERSION}, got ${show(input.schemaVersion)}`);
  }
  if (!isUuid(input.id)) errors.push(`id: expected a UUID, got ${show(input.id)}`);
  if (input.community !== null && typeof input.community !== 'string') {
    errors.push(`community: expected a text or null, got ${show(input.community)}`);
  }
  if (!isInstrumentId(input.instrument)) {
    errors.push(`instrument: ${show(input.instrument)} is not one of ${INSTRUMENT_IDS.join(', ')}`);
  }
  if (!isLocale(input.locale)) errors.push(`locale: ${show(input.locale)} is not one of ${LOCALES.join(', ')}`);
  for (const key of ['startedAt', 'completedAt'] as const) {
    const v = input[key];
    if (!isDateTime(v)) {
      errors.push(`${key}: expected an ISO 8601 date and time like "2025-06-03T09:30:00.000Z", got ${show(v)}`);
    }
  }
  if (!isObject(input.respondent)) {
    errors.push(`respondent: expected an object with "role", got ${show(input.respondent)}`);
  } else if (input.respondent.role !== null && !isRole(input.respondent.role)) {
    errors.push(`respondent.role: ${show(input.respondent.role)} is not one of ${ROLES.join(', ')} or null`);
  }

  // Optional fields of v2: absent in payloads of earlier releases, and then left out of the copy too.
  if (
    input.round !== undefined &&
    !(typeof input.round === 'string' && input.round.length >= 1 && input.round.length <= ROUND_MAX_LENGTH)
  ) {
    errors.push(`round: expected a text of 1 to ${ROUND_MAX_LENGTH} characters, got ${show(input.round)}`);
  }
  if (
    input.instrumentVersion !== undefined &&
    !(Number.isInteger(input.instrumentVersion) && (input.instrumentVersion as number) >= 1)
  ) {
    errors.push(`instrumentVersion: expected a whole number of 1 or more, got ${show(input.instrumentVersion)}`);
  }
  if (input.phase !== undefined && !(PHASES as readonly unknown[]).includes(input.phase)) {
    errors.push(`phase: ${show(input.phase)} is not one of ${PHASES.join(', ')}`);
  }

  const answers = checkAnswers(input.answers, errors);
  const scores = checkScores(input.scores, errors);
  if (answers && scores) {
    if (!model) checkAgreement(answers, scores, errors);
    else if (isInstrumentId(input.instrument)) checkAgainstModel(model, input.instrument, answers, scores, errors);
  }

  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more problems`);
    return { ok: false, errors: shown };
  }
  const respondent = input.respondent as Json;
  return {
    ok: true,
    value: {
      schema: RESPONSE_SCHEMA,
      schemaVersion: RESPONSE_SCHEMA_VERSION,
      id: input.id as string,
      community: input.community as string | null,
      instrument: input.instrument as InstrumentId,
      locale: input.locale as SeedsResponse['locale'],
      startedAt: input.startedAt as string,
      completedAt: input.completedAt as string,
      respondent: { role: respondent.role as SeedsResponse['respondent']['role'] },
      answers: answers!,
      scores: scores!,
      ...(input.round !== undefined && { round: input.round as string }),
      ...(input.instrumentVersion !== undefined && { instrumentVersion: input.instrumentVersion as number }),
      ...(input.phase !== undefined && { phase: input.phase as Phase }),
    },
  };
}

/**
 * Parses the text of a response file and validates it. A syntax error becomes a readable
 * message ("The file is not valid JSON: …") instead of an exception; a leading byte order mark
 * (as some editors write) is ignored.
 */
export function parseResponseJson(text: string, model?: Model): ValidationResult<SeedsResponse> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  return validateResponse(data, model);
}

function checkAnswers(raw: unknown, errors: string[]): ResponseAnswer[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push(`answers: expected an array of { item, factor, value }, got ${show(raw)}`);
    return undefined;
  }
  const seen = new Set<string>();
  const out: ResponseAnswer[] = [];
  let valid = true;
  raw.forEach((answer, i) => {
    const at = `answers[${i}]`;
    if (!isObject(answer)) {
      errors.push(`${at}: expected { item, factor, value }, got ${show(answer)}`);
      valid = false;
      return;
    }
    const { item, factor, value } = answer;
    if (typeof item !== 'string' || item === '') {
      errors.push(`${at}.item: expected an item id, got ${show(item)}`);
      valid = false;
    } else if (seen.has(item)) {
      errors.push(`${at}.item: "${item}" is answered twice`);
      valid = false;
    } else {
      seen.add(item);
    }
    if (typeof factor !== 'string' || factor === '' || isReservedKey(factor)) {
      errors.push(`${at}.factor: expected a factor id, got ${show(factor)}`);
      valid = false;
    }
    if (!('value' in answer)) {
      errors.push(`${at}.value: missing (use null for "don't know")`);
      valid = false;
    } else if (!isAnswerValue(value)) {
      errors.push(`${at}.value: ${show(value)} is not 1–5 or null`);
      valid = false;
    }
    out.push({ item: String(item), factor: String(factor), value: value as AnswerValue });
  });
  return valid ? out : undefined;
}

function checkScores(raw: unknown, errors: string[]): Scores | undefined {
  if (!isObject(raw)) {
    errors.push(`scores: expected an object of factor id → 0–100 or null, got ${show(raw)}`);
    return undefined;
  }
  // A reserved name such as "__proto__" is refused before it is written: it would change the object.
  // Written into a plain object whose prototype is removed at the end, not into `idRecord()`: both
  // have no prototype, but an object made without one is a hash table to V8, and the group view
  // reads 12 scores of each of 10,000 responses (a third of the time of counting them).
  const out: Scores = {};
  let valid = true;
  for (const [id, score] of Object.entries(raw)) {
    if (isReservedKey(id)) {
      errors.push(`scores.${id}: a reserved name, not a factor id`);
      valid = false;
    } else if (score === null || (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100)) {
      out[id] = score;
    } else {
      errors.push(`scores.${id}: ${show(score)} is not 0–100 or null`);
      valid = false;
    }
  }
  return valid ? (Object.setPrototypeOf(out, null) as Scores) : undefined;
}
