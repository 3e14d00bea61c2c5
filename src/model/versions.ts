import { idRecord } from './checks.js';
import type { Model } from './model.js';
import type { SeedsResponse } from './response.js';
import { scoreValues, type Scores } from './scoring.js';

/** The instrument version a response answered: `instrumentVersion`, or 1 for payloads from before versioning. */
export function responseVersion(response: Pick<SeedsResponse, 'instrumentVersion'>): number {
  const v = response.instrumentVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** What `compareResponses` returns. */
export interface Comparison {
  /** The item ids compared: asked in every response, with the same wording in all of them. */
  readonly items: readonly string[];
  /** True when some item asked in one of the responses is left out of the comparison. */
  readonly partial: boolean;
  /** Per response (same order): its scores from the compared items only. */
  readonly scores: readonly Scores[];
}

/**
 * Makes measurements comparable: scores every response again from only the items that all of them
 * asked with the same wording.
 *
 * - An item is left out when a response did not ask it: a quick measurement asks each factor's
 *   first item only, so a quick and a full measurement are compared on the quick items.
 * - An item is left out when its wording changed between the versions the responses answered:
 *   its `wordingVersion` (absent: 1) is later than the oldest of those versions. Responses of one
 *   and the same version always share the wording.
 * - `partial` tells the views to say that the comparison leaves items out. With one response or
 *   none, nothing is left out.
 *
 * @example
 * ```ts
 * const { scores: [now, before], partial } = compareResponses(model, [latest, previous]);
 * ```
 */
export function compareResponses(model: Model, responses: readonly SeedsResponse[]): Comparison {
  if (responses.length === 0) return { items: [], partial: false, scores: [] };
  const versions = responses.map(responseVersion);
  const oldest = Math.min(...versions);
  const sameVersion = versions.every((v) => v === oldest);
  const asked = responses.map((r) => new Set(r.answers.map((a) => a.item)));
  const union = new Set(asked.flatMap((set) => [...set]));

  const items: string[] = [];
  for (const factor of model.factors) {
    for (const item of factor.items) {
      if (!asked.every((set) => set.has(item.id))) continue;
      if (!sameVersion && (item.wordingVersion ?? 1) > oldest) continue;
      items.push(item.id);
    }
  }
  const kept = new Set(items);
  const partial = [...union].some((id) => !kept.has(id));
  const scores = responses.map((r) => (partial ? rescore(model, r, kept) : r.scores));
  return { items, partial, scores };
}

/** A response's factor scores from the answers to the given items only. */
function rescore(model: Model, response: SeedsResponse, items: ReadonlySet<string>): Scores {
  const scores: Scores = idRecord();
  for (const factor of model.factors) {
    scores[factor.id] = scoreValues(
      response.answers.filter((a) => a.factor === factor.id && items.has(a.item)).map((a) => a.value),
    );
  }
  return scores;
}
