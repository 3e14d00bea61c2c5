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
