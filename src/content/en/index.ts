import type { FirstTexts } from '../language.js';
import { questionsEn } from './questions.js';
import { uiEn } from './ui.js';
import { viewsEn } from './views.js';

/** The texts of the first screen in this language: one file of the builds, loaded when the language is used. */
export const texts: FirstTexts = {
  ui: uiEn,
  views: viewsEn,
  questions: questionsEn,
};
