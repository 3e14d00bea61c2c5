import type { Locale } from '../model/locale.js';
import { groupEn } from './en/group.js';
import { groupNl, type GroupStrings } from './nl/group.js';

const GROUP: Readonly<Record<Locale, GroupStrings>> = { nl: groupNl, en: groupEn };

/** The texts of the facilitator's group view for a locale. */
export function groupStrings(locale: Locale): GroupStrings {
  return GROUP[locale];
}

export type { GroupStrings };
