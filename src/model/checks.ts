// Small shape checks shared by the validators of host input, imported files and stored records.

export type Json = Record<string, unknown>;

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

/** Two decimals are enough for display and keep payloads free of float noise like 58.333333333. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An empty record for id-keyed data (factor id → score, item id → answer…): it has no prototype,
 * so an id such as `constructor`, `toString` or `__proto__` is only ever its own key, never a
 * member every object inherits (reserved ids are refused at validation as well; this is the
 * second line). Read a foreign record with `ownValue`.
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` when it is the record's own entry; never an inherited member such as `constructor`. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * True for a name that plain objects already answer to (`constructor`, `__proto__`, `toString`…):
 * as an id it would read a prototype member, or change the prototype when written, so it is refused.
 */
export function isReservedKey(key: string): boolean {
  return key in Object.prototype;
}

/**
 * A value as a problem message quotes it: JSON where it can be (a number that JSON cannot write,
 * such as NaN, as itself), at most `max` characters. Never throws, whatever the host passed.
 */
export function show(value: unknown, max = 40): string {
  let text: string | undefined;
  try {
    text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
    text ??= String(value);
  } catch {
    text = Object.prototype.toString.call(value); // a cycle, a BigInt, a throwing getter or toJSON
  }
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/** An error as a message quotes it: `TypeError: Failed to fetch`. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return show(error, 200);
}

/** Longest message a problem report carries (a hostile input must not make megabyte messages). */
export const MAX_MESSAGE = 1000;

/**
 * The first `shown` problems of a list, joined, with how many more there are, so one report stays
 * short however many problems an input has.
 */
export function summarize(problems: readonly string[], shown = 5): string {
  const head = problems.slice(0, shown).map((p) => clip(p, 200));
  const more = problems.length - head.length;
  return more > 0 ? `${head.join('; ')}; and ${more} more (${problems.length} in all)` : head.join('; ');
}

/** `text` cut to `max` characters, saying how long it was. */
export function clip(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
