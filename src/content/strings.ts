import type { Locale } from '../model/locale.js';
import { resultsEn } from './en/results.js';
import { uiEn } from './en/ui.js';
import { viewsEn } from './en/views.js';
import { resultsNl, type ResultsStrings } from './nl/results.js';
import { uiNl, type UiStrings } from './nl/ui.js';
import { viewsNl, type ViewsStrings } from './nl/views.js';

const UI: Readonly<Record<Locale, UiStrings>> = { nl: uiNl, en: uiEn };
const VIEWS: Readonly<Record<Locale, ViewsStrings>> = { nl: viewsNl, en: viewsEn };
const RESULTS: Readonly<Record<Locale, ResultsStrings>> = { nl: resultsNl, en: resultsEn };

/** The interface texts for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return UI[locale];
}

/** The texts of the results view and agenda for a locale. */
export function resultsStrings(locale: Locale): ResultsStrings {
  return RESULTS[locale];
}

/** The texts of the history and group views, storage and delivery for a locale. */
export function viewsStrings(locale: Locale): ViewsStrings {
  return VIEWS[locale];
}

export type { ResultsStrings, UiStrings, ViewsStrings };
