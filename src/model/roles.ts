/** The kinds of organisation a respondent can say they come from (the optional role question). */
export const ROLES = ['business', 'government', 'knowledge', 'education', 'other'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The answer to the role question as a draft keeps it: a role, `'unstated'` (the participant chose
 * "prefer not to say") or null (not answered yet). The response only knows `Role | null`, so
 * "prefer not to say" and "not answered" are told apart here, and a reload restores the choice.
 */
export type RoleAnswer = Role | 'unstated' | null;

export function isRoleAnswer(value: unknown): value is RoleAnswer {
  return value === null || value === 'unstated' || isRole(value);
}

/** The role that goes into the response: "prefer not to say" and "not answered" are both null. */
export function responseRole(answer: RoleAnswer): Role | null {
  return answer === 'unstated' ? null : answer;
}
