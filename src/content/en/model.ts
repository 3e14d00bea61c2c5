import { joinModelTexts } from '../model-texts.js';
import type { ModelTexts } from '../types.js';
import { adviceEn, themesEn } from './advice.js';
import { statementsEn } from './full.js';
import { questionsEn } from './questions.js';

/**
 * The whole factor model's texts in one table, for tests and tools. The builds load its parts
 * apart: ./questions.ts with the first screen, ./full.ts for the full instrument, ./advice.ts with the results (see ../language.ts).
 */
export const modelEn: ModelTexts = joinModelTexts(
  { ...questionsEn, items: { ...questionsEn.items, ...statementsEn } },
  adviceEn,
  themesEn,
);
