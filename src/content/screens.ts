import type { Locale } from '../model/locale.js';
import { screensEn } from './en/screens.js';
import { screensNl, type ScreensStrings } from './nl/screens.js';

const SCREENS: Readonly<Record<Locale, ScreensStrings>> = { nl: screensNl, en: screensEn };

/** The texts of the redesigned screens (top three, empty states, history trend, flower legend). */
export function screensStrings(locale: Locale): ScreensStrings {
  return SCREENS[locale];
}

export type { ScreensStrings };
