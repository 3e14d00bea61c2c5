import type { LaterTexts } from '../language.js';
import { adviceEn } from './advice.js';
import { flowerEn } from './flower.js';
import { groupEn } from './group.js';
import { resultsEn } from './results.js';

/** The texts of the results, agenda, history and group views in this language: a file of its own, loaded with those views. */
export const texts: LaterTexts = {
  results: resultsEn,
  group: groupEn,
  flower: flowerEn,
  advice: adviceEn,
};
