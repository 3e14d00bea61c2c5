import type { SeedsResponse } from './response.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The top-level fields a validated response copies as they are (see `validateResponse`). */
const PLAIN = [
  'schema',
  'schemaVersion',
  'id',
  'community',
  'instrument',
  'locale',
  'startedAt',
  'completedAt',
  'round',
  'instrumentVersion',
  'phase',
] as const;

/**
 * Whether `entry` (unvalidated, as a list holds it) says what `counted` (its validated copy from
 * an earlier read) says, field by field, without validating it again: a few comparisons per
 * field, so a group view can tell a changed response among 10,000 without a full recount.
 * Unknown extra fields are ignored, as validation drops them.
 */
export function sameResponse(entry: unknown, counted: SeedsResponse): boolean {
  if (!isObject(entry)) return false;
  for (const key of PLAIN) if (entry[key] !== counted[key]) return false;
  if (!isObject(entry.respondent) || entry.respondent.role !== counted.respondent.role) return false;
  const answers = entry.answers;
  if (!Array.isArray(answers) || answers.length !== counted.answers.length) return false;
  for (let i = 0; i < answers.length; i++) {
    const a: unknown = answers[i];
    const b = counted.answers[i];
    if (!isObject(a) || a.item !== b.item || a.factor !== b.factor || a.value !== b.value) return false;
  }
  const scores = entry.scores;
  if (!isObject(scores)) return false;
  const ids = Object.keys(counted.scores);
  if (Object.keys(scores).length !== ids.length) return false;
  return ids.every((id) => Object.hasOwn(scores, id) && scores[id] === counted.scores[id]);
}
