import type { LanguageTexts } from '../language.js';
import { flowerNl } from './flower.js';
import { groupNl } from './group.js';
import { modelNl } from './model.js';
import { resultsNl } from './results.js';
import { screensNl } from './screens.js';
import { uiNl } from './ui.js';
import { viewsNl } from './views.js';

/** Every text in this language: one file of the builds, loaded when the language is used. */
export const texts: LanguageTexts = {
  ui: uiNl,
  views: viewsNl,
  results: resultsNl,
  screens: screensNl,
  group: groupNl,
  flower: flowerNl,
  model: modelNl,
};
