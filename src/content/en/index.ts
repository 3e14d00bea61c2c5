import type { LanguageTexts } from '../language.js';
import { flowerEn } from './flower.js';
import { groupEn } from './group.js';
import { modelEn } from './model.js';
import { resultsEn } from './results.js';
import { screensEn } from './screens.js';
import { uiEn } from './ui.js';
import { viewsEn } from './views.js';

/** Every text in this language: one file of the builds, loaded when the language is used. */
export const texts: LanguageTexts = {
  ui: uiEn,
  views: viewsEn,
  results: resultsEn,
  screens: screensEn,
  group: groupEn,
  flower: flowerEn,
  model: modelEn,
};
