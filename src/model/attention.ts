import type { Model } from './model.js';
import type { Scores } from './scoring.js';

/**
 * Why a factor is an attention point:
 * - `low`: among the lowest-scoring factors (three by default);
 * - `below-50`: scores below the threshold (50 by default);
 * - `disagreement`: in a group, the answers are far apart (wide interquartile range).
 */
export type AttentionReason = 'low' | 'below-50' | 'disagreement';

/** The spread of one factor's scores across a group (see `aggregateResponses`). */
export interface FactorSpread {
  readonly n: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export interface AttentionOptions {
  /** How many of the lowest-scoring factors are always attention points. Default 3. */
  readonly lowest?: number;
  /** Factors scoring strictly below this are attention points too. Default 50. */
  readonly below?: number;
  /** How many strengths to name. Default 3. */
  readonly strengths?: number;
  /** Group view: the spread per factor id; a factor without spread (or null) has no disagreement. */
  readonly spread?: Readonly<Record<string, FactorSpread | null | undefined>>;
  /** Group view: an interquartile range (q3 − q1) at or above this counts as disagreement. Default 25. */
  readonly disagreement?: number;
}

export interface AttentionResult {
  /**
   * Factor ids that need attention. First the low scorers, lowest first; then the factors that
   * are attention points only through disagreement, widest spread first. Ties in model order.
   */
  readonly attention: string[];
  /** Why each attention point is one, in the order low, below-50, disagreement. */
  readonly reasons: Record<string, AttentionReason[]>;
  /** The highest-scoring factors that are not attention points, highest first, ties in model order. */
  readonly strengths: string[];
  /** Factors without a score (nobody answered them), in model order: neither weak nor strong. */
  readonly notAssessed: string[];
}

/**
 * The factors that most need the community's attention, and its strengths.
 *
 * Decisions:
 * - The `lowest` lowest scores are always attention points, even when they are high: the tool's
 *   point is to put the weakest factors on the agenda. When scores tie at the cut, model order
 *   decides (so with all scores equal, the first three factors are named, reason `low` only).
 * - Every factor below `below` is an attention point as well, so with all factors below 50 all of
 *   them are named.
 * - A factor with a null (or missing, or non-finite) score is "not assessed", never weak.
 * - Disagreement applies to scored factors only, and only when a `spread` is given.
 * - Strengths are drawn from the scored factors that are not attention points, so a factor is
 *   never both; with few scored factors there may be fewer strengths, or none.
 *
 * @example
 * ```ts
 * const { attention, reasons } = attentionPoints(model, scores);
 * // attention: ['reputation', 'together', 'commitment'], reasons.reputation: ['low', 'below-50']
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
  const disagreement = options.disagreement ?? 25;

  const scored: { id: string; score: number; order: number }[] = [];
  const notAssessed: string[] = [];
  model.factors.forEach((factor, order) => {
    const score = scores[factor.id];
    if (typeof score === 'number' && Number.isFinite(score)) scored.push({ id: factor.id, score, order });
    else notAssessed.push(factor.id);
  });

  const ascending = [...scored].sort((a, b) => a.score - b.score || a.order - b.order);
  const reasons: Record<string, AttentionReason[]> = {};
  // Reasons are added in the documented order: low and below-50 per factor, then disagreement.
  const add = (id: string, reason: AttentionReason) => (reasons[id] ??= []).push(reason);

  ascending.forEach((f, rank) => {
    if (rank < lowest) add(f.id, 'low');
    if (f.score < below) add(f.id, 'below-50');
  });
  const byScore = ascending.filter((f) => reasons[f.id]).map((f) => f.id);

  const wide: { id: string; iqr: number; order: number }[] = [];
  if (options.spread) {
    for (const f of scored) {
      const spread = options.spread[f.id];
      if (!spread) continue;
      const iqr = spread.q3 - spread.q1;
      if (Number.isFinite(iqr) && iqr >= disagreement) {
        add(f.id, 'disagreement');
        wide.push({ id: f.id, iqr, order: f.order });
      }
    }
  }
  const byDisagreement = wide
    .filter((f) => !byScore.includes(f.id))
    .sort((a, b) => b.iqr - a.iqr || a.order - b.order)
    .map((f) => f.id);

  const strengths = [...scored]
    .filter((f) => !reasons[f.id])
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, strengthCount)
    .map((f) => f.id);

  return { attention: [...byScore, ...byDisagreement], reasons, strengths, notAssessed };
}
