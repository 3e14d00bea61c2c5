import { idRecord, show } from '../../model/checks.js';
import type { Spread } from './geometry.js';

/**
 * Checks what a host gives the flower. Nothing here throws: a bad entry is left out (drawn as "not
 * assessed") and described in `errors`, which the element reports as one `seeds-error`.
 */

/** Factor id → 0–100, or null when the factor was not assessed. */
export type FlowerScores = Record<string, number | null>;
/** Factor id → a box plot of a group's scores (each 0–100), or null. */
export type FlowerSpread = Record<string, Spread | null>;

export interface Checked<T> {
  readonly value: T;
  readonly errors: readonly string[];
}

/** What a JSON attribute turns into when it does not parse; the check reports it. */
export class InvalidJson {
  constructor(readonly message: string) {}
}

/** Attribute converter for JSON attributes: never throws, keeps the parse error for later. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidJson(error instanceof Error ? error.message : String(error));
    }
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof InvalidJson);
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Runs `read` over the entries of a record input, after the checks common to every map-shaped input. */
function checkMap<T>(
  input: unknown,
  ids: readonly string[],
  name: string,
  read: (value: unknown, at: string, errors: string[]) => T | null,
): Checked<Record<string, T | null>> {
  const value = idRecord<T | null>();
  for (const id of ids) value[id] = null;
  const errors: string[] = [];
  if (input === undefined || input === null) return { value, errors };
  if (input instanceof InvalidJson)
    return { value, errors: [`${name}: the attribute is not valid JSON (${input.message})`] };
  if (!isRecord(input)) {
    return { value, errors: [`${name}: expected an object of factor id → value, got ${show(input)}`] };
  }
  try {
    for (const [key, raw] of Object.entries(input)) {
      if (!ids.includes(key)) {
        errors.push(`${name}.${key}: not a factor id of the model`);
        continue;
      }
      value[key] = read(raw, `${name}.${key}`, errors);
    }
  } catch (error) {
    errors.push(`${name}: could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return { value, errors };
}

/** Scores or earlier scores: each a number from 0 to 100, or null. Missing factors are null. */
export function checkScores(input: unknown, ids: readonly string[], name = 'scores'): Checked<FlowerScores> {
  return checkMap(input, ids, name, (raw, at, errors) => {
    if (raw === null || isScore(raw)) return raw;
    errors.push(`${at}: expected a number from 0 to 100 or null, got ${show(raw)}`);
    return null;
  });
}

const SPREAD_KEYS = ['min', 'q1', 'median', 'q3', 'max'] as const;

/** Spread: per factor `{min, q1, median, q3, max}`, each 0–100 and in that order, or null. */
export function checkSpread(input: unknown, ids: readonly string[], name = 'spread'): Checked<FlowerSpread> {
  return checkMap(input, ids, name, (raw, at, errors) => {
    if (raw === null) return null;
    if (!isRecord(raw) || !SPREAD_KEYS.every((k) => isScore(raw[k]))) {
      errors.push(`${at}: expected {min, q1, median, q3, max}, each a number from 0 to 100, got ${show(raw)}`);
      return null;
    }
    const values = SPREAD_KEYS.map((k) => raw[k] as number);
    if (values.some((v, i) => i > 0 && v < values[i - 1])) {
      errors.push(`${at}: expected min ≤ q1 ≤ median ≤ q3 ≤ max, got ${show(raw)}`);
      return null;
    }
    const [min, q1, median, q3, max] = values;
    return { min, q1, median, q3, max };
  });
}

/** The number of respondents: a whole number ≥ 0, or null when not given. */
export function checkRespondents(input: unknown): Checked<number | null> {
  if (input === undefined || input === null) return { value: null, errors: [] };
  if (typeof input === 'number' && Number.isInteger(input) && input >= 0) return { value: input, errors: [] };
  return { value: null, errors: [`respondents: expected a whole number of at least 0, got ${show(input)}`] };
}
