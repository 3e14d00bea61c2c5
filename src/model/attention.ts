// Longer than ~250 lines for its documentation, not its code (about 150 lines of code): one job,
// which factors need attention and why (lowest groups with ties, below 50, disagreement, the first
// three on the agenda), and each rule says in place why it is so, because facilitators and the
// group view rely on these rules meaning exactly what the text says.

import { idRecord, ownValue } from './checks.js';
import type { Model } from './model.js';
import type { Scores } from './scoring.js';
import type { FactorSpread } from './stats.js';

/**
 * Why a factor is an attention point:
 * - `low`: in the lowest-scoring group(s) of factors (see the rule in `attentionPoints`);
 * - `below-50`: scores below the threshold (50, "neutral", by default);
 * - `disagreement`: in a group, the answers fall on both sides of neutral (see `isPolarised`).
 */
export type AttentionReason = 'low' | 'below-50' | 'disagreement';

export interface PolarisationOptions {
  /** Fewer respondents than this never count as disagreement. Default 4. */
  readonly minRespondents?: number;
  /** The neutral point on the 0–100 scale. Default 50 (the answer "Neutral"). */
  readonly neutral?: number;
}

/**
 * Whether a group disagrees about a factor: its answers are polarised, with at least a quarter of
 * the respondents on each side of neutral (first quartile below 50, third quartile above 50), and
 * at least 4 respondents.
 *
 * Why not a wide interquartile range: 4,4,4,5,5,5 ("agree" and "strongly agree") has a wide range
 * but everyone agrees; what a facilitator needs to hear is that some think a factor is fine and
 * others think it is not. Why 4: with 3 or fewer, one person is a quarter of the group, and the
 * quartiles say nothing that the single answers do not. The group view uses this for its
 * "participants disagree" mark, so the mark and the attention point always agree.
 *
 * @example
 * ```ts
 * isPolarised(summarize([0, 0, 0, 100, 100, 100])!); // true  (1,1,1,5,5,5)
 * isPolarised(summarize([75, 75, 75, 100, 100, 100])!); // false (4,4,4,5,5,5)
 * ```
 */
export function isPolarised(spread: FactorSpread | null | undefined, options: PolarisationOptions = {}): boolean {
  if (!spread) return false;
  const min = options.minRespondents ?? 4;
  const neutral = options.neutral ?? 50;
  return (
    Number.isFinite(spread.n) &&
    spread.n >= min &&
    Number.isFinite(spread.q1) &&
    Number.isFinite(spread.q3) &&
    spread.q1 < neutral &&
    spread.q3 > neutral
  );
}

export interface AttentionOptions {
  /** How many factors the lowest tie groups may fill (see the rule). Default 3. */
  readonly lowest?: number;
  /** Factors scoring strictly below this are always attention points. Default 50. */
  readonly below?: number;
  /** How many factors the highest tie groups may fill as strengths. Default 3. */
  readonly strengths?: number;
  /** A strength scores strictly above this. Default 50: a neutral score is no strength. */
  readonly strengthAbove?: number;
  /** Group view: the spread per factor id; a factor without spread (or null) has no disagreement. */
  readonly spread?: Readonly<Record<string, FactorSpread | null | undefined>>;
  /** Group view: options of `isPolarised`. */
  readonly polarisation?: PolarisationOptions;
}

export interface AttentionResult {
  /**
   * Factor ids that need attention. First those with a low score, lowest first; then those that
   * are attention points only through disagreement. Order within equal scores is model order
   * (an order of listing only: it never decides whether a factor is in or out).
   */
  readonly attention: string[];
  /** Why each attention point is one, in the order low, below-50, disagreement. */
  readonly reasons: Record<string, AttentionReason[]>;
  /** Strengths, highest first. */
  readonly strengths: string[];
  /** Factors without a score (nobody answered them), in model order: neither weak nor strong. */
  readonly notAssessed: string[];
  /** The factors sharing the lowest score; empty when `uniform`. */
  readonly weakest: string[];
  /** The factors sharing the highest score; empty when `uniform`. */
  readonly strongest: string[];
  /**
   * True when fewer than two different scores were given (every assessed factor scores the same,
   * or at most one is assessed): then nothing is weaker or stronger than anything else, and the
   * texts say so instead of naming a weakest or strongest factor.
   */
  readonly uniform: boolean;
  /**
   * Per attention point: the other attention points linked to it (either names the other in
   * `related`), in model order. Two linked factors that are both low likely share a cause, and the
   * texts say so.
   */
  readonly linked: Record<string, string[]>;
}

interface Scored {
  readonly id: string;
  readonly score: number;
  readonly order: number;
}

/**
 * The factors that most need the community's attention, and its strengths.
 *
 * The rule (equal scores are always treated alike: a tie group is in or out as a whole, never
 * split by model order):
 * 1. Not assessed: a null, missing or non-finite score. Never weak, never strong.
 * 2. Below 50 (`below`) is always an attention point (`below-50`).
 * 3. Low (`low`): when at least two different scores were given, the tie group with the lowest
 *    score is always an attention point, whatever its size: the tool's point is to put the weakest
 *    factors on the agenda. The next-lowest tie groups join as a whole while the total stays within
 *    `lowest` (3); a group that would take it past 3 stays out entirely. The highest score is
 *    never "low".
 * 4. Uniform: with every assessed factor at the same score there is no lowest or weakest factor
 *    and no strength; only rule 2 (and disagreement) can make attention points, and `uniform`
 *    tells the texts to say plainly that all scores are equal.
 * 5. Disagreement (group view, `spread` given): a scored factor whose answers are polarised
 *    (`isPolarised`) is an attention point too.
 * 6. Strengths: factors scoring above every attention point and above 50 (`strengthAbove`), taken
 *    by tie groups from the highest: the highest group always (whatever its size), further groups
 *    as a whole while the total stays within `strengths` (3). So a factor is never a strength
 *    while another with the same or a lower score is an attention point.
 *
 * @example
 * ```ts
 * const { attention, reasons, uniform } = attentionPoints(model, scores);
 * // scores 0, 25 and ten at 75: attention ['reputation', 'together'], reasons.reputation ['low', 'below-50']
 * ```
 */
export function attentionPoints(
  model: Model,
  scores: Readonly<Scores>,
  options: AttentionOptions = {},
): AttentionResult {
  const lowest = options.lowest ?? 3;
  const below = options.below ?? 50;
  const strengthCount = options.strengths ?? 3;
  const strengthAbove = options.strengthAbove ?? 50;

  const scored: Scored[] = [];
  const notAssessed: string[] = [];
  model.factors.forEach((factor, order) => {
    const score = ownValue(scores, factor.id);
    if (typeof score === 'number' && Number.isFinite(score)) scored.push({ id: factor.id, score, order });
    else notAssessed.push(factor.id);
  });

  const ascending = tieGroups([...scored].sort((a, b) => a.score - b.score || a.order - b.order));
  const uniform = ascending.length < 2;
  const reasons = idRecord<AttentionReason[]>();
  // Reasons are added in the documented order: low and below-50 per factor, then disagreement.
  const add = (id: string, reason: AttentionReason) => (reasons[id] ??= []).push(reason);

  const low = uniform ? new Set<string>() : new Set(takeGroups(ascending.slice(0, -1), lowest).map((f) => f.id));
  for (const f of ascending.flat()) {
    if (low.has(f.id)) add(f.id, 'low');
    if (f.score < below) add(f.id, 'below-50');
  }
  const byScore = ascending.flat().filter((f) => reasons[f.id]);

  const polarised: Scored[] = [];
  if (options.spread) {
    for (const f of scored) {
      if (isPolarised(options.spread[f.id], options.polarisation)) {
        add(f.id, 'disagreement');
        if (!byScore.includes(f)) polarised.push(f);
      }
    }
  }
  const attentionScored = [...byScore, ...polarised.sort((a, b) => a.score - b.score || a.order - b.order)];

  const ceiling = Math.max(strengthAbove, ...attentionScored.map((f) => f.score));
  const candidates = uniform ? [] : [...ascending].reverse().filter((g) => g[0].score > ceiling);
  const strengths = takeGroups(candidates, strengthCount);

  const attention = attentionScored.map((f) => f.id);
  return {
    attention,
    linked: linkedAttention(model, attention),
    reasons,
    strengths: strengths.map((f) => f.id),
    notAssessed,
    weakest: uniform ? [] : ascending[0].map((f) => f.id),
    strongest: uniform ? [] : ascending[ascending.length - 1].map((f) => f.id),
    uniform,
  };
}

/** For each of `ids`, the others of `ids` that are related to it in either direction, in model order. */
export function linkedAttention(model: Model, ids: readonly string[]): Record<string, string[]> {
  const set = new Set(ids);
  const linked = idRecord<string[]>();
  for (const factor of model.factors) {
    if (!set.has(factor.id)) continue;
    const others = model.factors.filter(
      (other) =>
        other.id !== factor.id &&
        set.has(other.id) &&
        (factor.related.includes(other.id) || other.related.includes(factor.id)),
    );
    if (others.length) linked[factor.id] = others.map((o) => o.id);
  }
  return linked;
}

/** Splits factors sorted by score into groups of equal score, keeping the order. */
function tieGroups(sorted: readonly Scored[]): Scored[][] {
  const groups: Scored[][] = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0].score === f.score) last.push(f);
    else groups.push([f]);
  }
  return groups;
}

/** The first group always (when `limit` > 0), then whole groups while the total stays within `limit`. */
function takeGroups(groups: readonly Scored[][], limit: number): Scored[] {
  const taken: Scored[] = [];
  for (const [i, group] of groups.entries()) {
    if (limit <= 0 || (i > 0 && taken.length + group.length > limit)) break;
    taken.push(...group);
  }
  return taken;
}

/** What `firstOnAgenda` returns. */
export interface FirstOnAgenda {
  /** The attention points to name first, lowest first: whole tie groups only. */
  readonly ids: string[];
  /** True when the first tie group alone is larger than the limit: all of it is named, none first. */
  readonly tiedFirst: boolean;
  /** The next tie group, left out whole because it would not fit: how many and their score. */
  readonly more: { readonly count: number; readonly score: number } | null;
}

/**
 * The few attention points to name first (the results view's "top three"), by the same rule as
 * `attentionPoints`: tie groups in or out as a whole, never split by model order. The first tie
 * group is always named, whatever its size (`tiedFirst` then tells the text to say that these
 * share the lowest score); further groups join while the total stays within `limit`; the first
 * group that does not fit is left out whole and reported in `more`, so the text can say plainly
 * that more factors share that score.
 *
 * @example
 * ```ts
 * // scores 0, 25, 25, 25, then 75: ids ['reputation'], more { count: 3, score: 25 }
 * firstOnAgenda(attentionPoints(model, scores).attention, scores);
 * ```
 */
export function firstOnAgenda(attention: readonly string[], scores: Readonly<Scores>, limit = 3): FirstOnAgenda {
  const groups: string[][] = [];
  for (const id of attention) {
    const last = groups[groups.length - 1];
    if (last && scores[last[0]] === scores[id]) last.push(id);
    else groups.push([id]);
  }
  const ids: string[] = [];
  let more: FirstOnAgenda['more'] = null;
  for (const [i, group] of groups.entries()) {
    if (i > 0 && ids.length + group.length > limit) {
      const score = scores[group[0]];
      more = typeof score === 'number' ? { count: group.length, score } : null;
      break;
    }
    ids.push(...group);
  }
  return { ids, tiedFirst: (groups[0]?.length ?? 0) > limit, more };
}
