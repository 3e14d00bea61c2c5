import { attentionPoints, isPolarised } from './attention.js';
import type { FactorSpread } from './stats.js';
import type { Model } from './model.js';
import type { Scores } from './scoring.js';

export interface DiscussFirst {
  /** The lowest-scoring factors, lowest first: the `low` attention points of `attentionPoints`. */
  readonly lowest: string[];
  /** At most `disagreements` polarised factors, widest middle half first. */
  readonly disagreements: string[];
  /** Both lists in one, without repeats: lowest first. What goes on the group's agenda. */
  readonly all: string[];
}

export interface DiscussOptions {
  /** The most disagreements to name. Default 3. */
  readonly disagreements?: number;
}

/**
 * What a group should discuss first: its lowest factors and its real disagreements.
 *
 * Decisions:
 * - "Low" is the attention rule of `attentionPoints` (tie groups in or out as a whole, none when
 *   all scores are equal), so the group view and the participant's results agree.
 * - "Disagreement" is polarisation (`isPolarised`: answers on both sides of neutral, at least 4
 *   respondents), at most three, the widest middle half first: a short card, not a list of all.
 * - A factor nobody scored is neither low nor disputed.
 * - A disagreement may also be a low factor; it is then named in both lists and once in `all`.
 *
 * @example
 * ```ts
 * const first = discussFirst(model, group.scores, group.factors);
 * first.all; // ['reputation', 'together', 'commitment', 'shared-vision']
 * ```
 */
export function discussFirst(
  model: Model,
  scores: Readonly<Scores>,
  spread: Readonly<Record<string, FactorSpread | null | undefined>>,
  options: DiscussOptions = {},
): DiscussFirst {
  const wantDisputed = options.disagreements ?? 3;
  const scored = model.factors
    .map((f, order) => ({ id: f.id, order, score: scores[f.id] }))
    .filter(
      (f): f is { id: string; order: number; score: number } => typeof f.score === 'number' && Number.isFinite(f.score),
    )
    .sort((a, b) => a.score - b.score || a.order - b.order);

  const { reasons } = attentionPoints(model, scores);
  const lowest = scored.filter((f) => reasons[f.id]?.includes('low')).map((f) => f.id);

  const disagreements = scored
    .filter((f) => isPolarised(spread[f.id]))
    .map((f) => ({ ...f, iqr: spread[f.id]!.q3 - spread[f.id]!.q1 }))
    .sort((a, b) => b.iqr - a.iqr || a.order - b.order)
    .slice(0, wantDisputed)
    .map((f) => f.id);

  return { lowest, disagreements, all: [...new Set([...lowest, ...disagreements])] };
}
