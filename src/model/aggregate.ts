import { idRecord, ownValue } from './checks.js';
import type { Model } from './model.js';
import type { SeedsResponse } from './response.js';
import { ROLES, type Role } from './roles.js';
import { overallScore, type Scores } from './scoring.js';
import { summarize, type Summary } from './stats.js';
import { compareResponses } from './versions.js';

/** How many respondents gave each role; `none` counts those who did not say. */
export type RoleCounts = Record<Role | 'none', number>;

export interface GroupResult {
  /** Respondents counted (distinct response ids). */
  readonly respondents: number;
  /** Per factor id in model order: the summary of the respondents' scores, or null when nobody scored it. */
  readonly factors: Record<string, Summary | null>;
  /** Per factor id: the group's mean score, or null. Feed this to the flower and `attentionPoints`. */
  readonly scores: Scores;
  /** The mean of the factor means (as `overallScore` does for one person), or null. */
  readonly overall: number | null;
  /** The spread of the respondents' own overall scores, or null when nobody scored anything. */
  readonly overallSpread: Summary | null;
  readonly byRole: RoleCounts;
  /**
   * Which items the figures rest on. When the responses differ in instrument (quick and full) or
   * in the version of the wordings, only the items all of them asked with the same wording count,
   * and `partial` is true: the view says so.
   */
  readonly comparison: { readonly partial: boolean; readonly items: readonly string[] };
}

/**
 * Combines the responses of a group, factor by factor.
 *
 * - Uses each response's `scores` as they are (validate responses first: `validateResponse` with
 *   the model recomputes them from the answers), unless the responses differ in instrument or
 *   instrument version: then every response is scored again from the items they share
 *   (`compareResponses`), and `comparison.partial` says so.
 * - Responses with the same `id` count once (the first one wins): a host may deliver a response
 *   twice, that is what the idempotency key is for.
 * - A factor a response does not score (null or missing) is left out for that factor only, so `n`
 *   can differ between factors. Score keys that are not in the model are ignored.
 *
 * @example
 * ```ts
 * const group = aggregateResponses(model, responses);
 * attentionPoints(model, group.scores, { spread: group.factors });
 * ```
 */
export function aggregateResponses(model: Model, responses: readonly SeedsResponse[]): GroupResult {
  const seen = new Set<string>();
  const unique = responses.filter((r) => !seen.has(r.id) && seen.add(r.id));

  const comparison = compareResponses(model, unique);
  const own = comparison.scores;
  const factors = idRecord<Summary | null>();
  const scores: Scores = idRecord();
  for (const factor of model.factors) {
    const summary = summarize(own.map((s) => ownValue(s, factor.id)));
    factors[factor.id] = summary;
    scores[factor.id] = summary ? summary.mean : null;
  }

  const byRole = Object.fromEntries([...ROLES, 'none'].map((k) => [k, 0])) as RoleCounts;
  for (const r of unique) byRole[r.respondent.role ?? 'none'] += 1;

  const overalls = own.map((s) =>
    overallScore(Object.fromEntries(model.factors.map((f) => [f.id, ownValue(s, f.id) ?? null]))),
  );

  return {
    respondents: unique.length,
    factors,
    scores,
    overall: overallScore(scores),
    overallSpread: summarize(overalls),
    byRole,
    comparison: { partial: comparison.partial, items: comparison.items },
  };
}
