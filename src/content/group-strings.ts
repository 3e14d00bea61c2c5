import type { Locale } from '../model/locale.js';
import { languageTexts } from './language.js';
import type { GroupStrings } from './nl/group.js';

/** The texts of the facilitator's group view for a locale (loaded: see ./language.ts). */
export function groupStrings(locale: Locale): GroupStrings {
  return languageTexts(locale).group;
}

export type { GroupStrings };
