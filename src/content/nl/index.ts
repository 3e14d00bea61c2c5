import type { FirstTexts } from '../language.js';
import { questionsNl } from './questions.js';
import { uiNl } from './ui.js';
import { viewsNl } from './views.js';

/** The texts of the first screen in this language: one file of the builds, loaded when the language is used. */
export const texts: FirstTexts = {
  ui: uiNl,
  views: viewsNl,
  questions: questionsNl,
};
