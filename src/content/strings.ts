import type { Locale } from '../model/locale.js';
import { resultsEn } from './en/results.js';
import { uiEn } from './en/ui.js';
import { resultsNl, type ResultsStrings } from './nl/results.js';
import { uiNl, type UiStrings } from './nl/ui.js';

const UI: Readonly<Record<Locale, UiStrings>> = { nl: uiNl, en: uiEn };
const RESULTS: Readonly<Record<Locale, ResultsStrings>> = { nl: resultsNl, en: resultsEn };

/** The interface texts for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return UI[locale];
}

/** The texts of the results view and agenda for a locale. */
export function resultsStrings(locale: Locale): ResultsStrings {
  return RESULTS[locale];
}

export type { ResultsStrings, UiStrings };
