import type { Locale } from '../model/locale.js';
import { languageTexts } from './language.js';
import type { ScreensStrings } from './nl/screens.js';

/** The texts of the redesigned screens (top three, empty states, history trend, flower legend); loaded: see ./language.ts. */
export function screensStrings(locale: Locale): ScreensStrings {
  return languageTexts(locale).screens;
}

export type { ScreensStrings };
