/**
 * What every validator returns (host models and results, imported files, stored records): the clean
 * value, or every problem with the path where it sits, e.g. `answers[3].value: 7 is not 1–5 or null`.
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A failed validation with these problems. */
export const invalid = <T>(errors: string[]): ValidationResult<T> => ({ ok: false, errors });
