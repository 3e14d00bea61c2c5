import type { LaterTexts } from '../language.js';
import { adviceNl, themesNl } from './advice.js';
import { flowerNl } from './flower.js';
import { groupNl } from './group.js';
import { resultsNl } from './results.js';
import { screensNl } from './screens.js';
import { viewsLaterNl } from './views-later.js';

/** The texts of the results, agenda, history and group views in this language: a file of its own, loaded with those views. */
export const texts: LaterTexts = {
  results: resultsNl,
  screens: screensNl,
  views: viewsLaterNl,
  group: groupNl,
  flower: flowerNl,
  advice: adviceNl,
  themes: themesNl,
};
