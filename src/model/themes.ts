import { THEME_IDS, THEME_OF_GROUP, type ThemeId } from './model.js';
import type { Model } from './model.js';
import { overallScore, type Scores } from './scoring.js';

/**
 * The score per theme of the research: "developing the collaboration" (groups people, process,
 * content and precondition: factors 1–8) and "sustaining the outcomes" (factors 9–12). They answer
 * the two problems the research starts from: communities that burn out, and outcomes that are not
 * used. Each is the mean of its assessed factors, as the overall score is of all of them; null when
 * none of its factors is assessed.
 *
 * @example
 * ```ts
 * themeScores(model, scores); // { collaboration: 62.5, outcomes: 37.5 }
 * ```
 */
export function themeScores(model: Model, scores: Readonly<Scores>): Record<ThemeId, number | null> {
  const out = {} as Record<ThemeId, number | null>;
  for (const theme of THEME_IDS) {
    const own = model.factors.filter((f) => THEME_OF_GROUP[f.group] === theme);
    out[theme] = overallScore(Object.fromEntries(own.map((f) => [f.id, scores[f.id] ?? null])));
  }
  return out;
}
