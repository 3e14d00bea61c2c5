import type { Locale } from '../model/locale.js';
import { uiEn } from './en/ui.js';
import { uiNl, type UiStrings } from './nl/ui.js';

const UI: Readonly<Record<Locale, UiStrings>> = { nl: uiNl, en: uiEn };

/** The interface texts for a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return UI[locale];
}

export type { UiStrings };
