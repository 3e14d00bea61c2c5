import type { FactorId } from './default-model.js';
import type { FactorText, ModelAdvice, ModelTexts, QuestionTexts, ThemeNames } from './types.js';

/** A language's questions (first screen), advice and theme names (later views) as one table, the shape `DEFAULT_MODEL` reads. */
export function joinModelTexts(questions: QuestionTexts, advice: ModelAdvice, themes: ThemeNames): ModelTexts {
  const factors = {} as Record<FactorId, FactorText>;
  for (const id of Object.keys(questions.factors) as FactorId[])
    factors[id] = { ...questions.factors[id], ...advice[id] };
  return { ...questions, factors, themes };
}
