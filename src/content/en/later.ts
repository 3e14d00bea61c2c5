import type { LaterTexts } from '../language.js';
import { adviceEn, themesEn } from './advice.js';
import { flowerEn } from './flower.js';
import { groupEn } from './group.js';
import { resultsEn } from './results.js';
import { screensEn } from './screens.js';
import { viewsLaterEn } from './views-later.js';

/** The texts of the results, agenda, history and group views in this language: a file of its own, loaded with those views. */
export const texts: LaterTexts = {
  results: resultsEn,
  screens: screensEn,
  views: viewsLaterEn,
  group: groupEn,
  flower: flowerEn,
  advice: adviceEn,
  themes: themesEn,
};
