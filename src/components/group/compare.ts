import type { GroupTally } from '../../model/group-tally.js';
import type { Model } from '../../model/model.js';
import type { Scores } from '../../model/scoring.js';
import { compareGroups } from '../../model/versions.js';

/** The round shown next to an earlier one: the scores to compare and whether that leaves statements out. */
export interface RoundComparison {
  /** The earlier round's scores (the ghost petals). */
  readonly before: Scores;
  /** This round's scores to take the change from. */
  readonly now: Scores;
  /** The rounds asked different statements (quick and full, or changed wordings): only shared ones count. */
  readonly partial: boolean;
  /** How many statements the comparison rests on when partial. */
  readonly items: number;
}

let cache: { tally: GroupTally; size: number; key: string; value: RoundComparison | null } | null = null;

/**
 * Compares the round shown with an earlier one, or null when there is nothing to compare (no
 * earlier round chosen, the same round, or fewer than `min` respondents in it). Rounds of one
 * instrument and version use their own figures; otherwise both are scored again from the
 * statements they share (`compareGroups`), which goes over every response, so the result is kept
 * until the counted responses change.
 */
export function compareRounds(
  model: Model,
  tally: GroupTally,
  round: string,
  earlier: string | null,
  min: number,
): RoundComparison | null {
  if (earlier === null || earlier === round) return null;
  const now = tally.result(round);
  const before = tally.result(earlier);
  if (!now || !before || before.respondents < min) return null;
  const [a, b] = [tally.kindsOf(round), tally.kindsOf(earlier)];
  if (a.size === 1 && b.size === 1 && [...a][0] === [...b][0]) {
    return { now: now.scores, before: before.scores, partial: false, items: 0 };
  }
  const key = `${round}\n${earlier}\n${min}`;
  if (cache && cache.tally === tally && cache.size === tally.size && cache.key === key) return cache.value;
  const shared = compareGroups(model, tally.responsesOf(round), tally.responsesOf(earlier));
  const value: RoundComparison = shared.partial
    ? { now: shared.scores[0], before: shared.scores[1], partial: true, items: shared.items.length }
    : { now: now.scores, before: before.scores, partial: false, items: shared.items.length };
  cache = { tally, size: tally.size, key, value };
  return value;
}
