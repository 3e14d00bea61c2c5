import { idRecord, ownValue, round2 } from './checks.js';
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

/** What `compareGroups` returns. */
export interface GroupComparison {
  /** The item ids compared (see `compareResponses`). */
  readonly items: readonly string[];
  /** True when some item asked in either group is left out: the groups' own figures are not comparable as they are. */
  readonly partial: boolean;
  /** Per factor id, each group's mean score from the compared items only (null: nobody scored it there). */
  readonly scores: readonly [Scores, Scores];
}

/**
 * Makes two groups of responses comparable, such as two rounds of a community: every response of
 * both is scored again from the items all of them asked with the same wording (`compareResponses`),
 * and each group's mean per factor is taken from those scores. A round of quick measurements and
 * a round of full ones are so compared on the quick items only.
 *
 * @example
 * ```ts
 * const { scores: [now, before], partial } = compareGroups(model, thisRound, kickOff);
 * ```
 */
export function compareGroups(model: Model, a: readonly SeedsResponse[], b: readonly SeedsResponse[]): GroupComparison {
  const { items, partial, scores } = compareResponses(model, [...a, ...b]);
  const mean = (list: readonly Scores[]): Scores => {
    const out: Scores = idRecord();
    for (const factor of model.factors) {
      let sum = 0;
      let n = 0;
      for (const s of list) {
        const v = ownValue(s, factor.id);
        if (typeof v === 'number') {
          sum += v;
          n += 1;
        }
      }
      out[factor.id] = n ? round2(sum / n) : null;
    }
    return out;
  };
  return { items, partial, scores: [mean(scores.slice(0, a.length)), mean(scores.slice(a.length))] };
}
