import { joinModelTexts } from '../model-texts.js';
import type { ModelTexts } from '../types.js';
import { adviceNl, themesNl } from './advice.js';
import { statementsNl } from './full.js';
import { questionsNl } from './questions.js';

/**
 * The whole factor model's texts in one table, for tests and tools. The builds load its parts
 * apart: ./questions.ts with the first screen, ./full.ts for the full instrument, ./advice.ts with the results (see ../language.ts).
 */
export const modelNl: ModelTexts = joinModelTexts(
  { ...questionsNl, items: { ...questionsNl.items, ...statementsNl } },
  adviceNl,
  themesNl,
);
