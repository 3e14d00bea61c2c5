import type { Locale } from '../model/locale.js';
import { languageTexts } from './language.js';
import type { ResultsStrings } from './nl/results.js';
import type { UiStrings } from './nl/ui.js';
import type { ViewsStrings } from './nl/views.js';

// The texts come from the language's own file (./language.ts): loaded before an element renders it.

/** The interface texts for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return languageTexts(locale).ui;
}

/** The texts of the results view and agenda for a locale. */
export function resultsStrings(locale: Locale): ResultsStrings {
  return languageTexts(locale).results;
}

/** The texts of the history and group views, storage and delivery for a locale. */
export function viewsStrings(locale: Locale): ViewsStrings {
  return languageTexts(locale).views;
}

export type { ResultsStrings, UiStrings, ViewsStrings };
