/** The kinds of organisation a respondent can say they come from (the optional role question). */
export const ROLES = ['business', 'government', 'knowledge', 'education', 'other'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
