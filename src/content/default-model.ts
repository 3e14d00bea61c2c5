import { FACTORS, type FactorId } from '../model/factors.js';
import type { Model } from '../model/model.js';
import { modelEn } from './en/model.js';
import { modelNl } from './nl/model.js';
import type { ModelTexts } from './types.js';
import { INSTRUMENT_VERSION, wordingVersion } from './versions.js';

const TEXTS = { nl: modelNl, en: modelEn } as const satisfies Record<string, ModelTexts>;
const ITEM_NUMBERS = [1, 2, 3];

/** Our factor model: the twelve factors of the research with their statements, in Dutch and English. */
export const DEFAULT_MODEL: Model = {
  factors: FACTORS.map((factor) => {
    const id = factor.id as FactorId;
    return {
      ...factor,
      content: { nl: TEXTS.nl.factors[id], en: TEXTS.en.factors[id] },
      items: ITEM_NUMBERS.map((n) => {
        const itemId = `${id}.${n}`;
        const since = wordingVersion(itemId);
        return {
          id: itemId,
          text: { nl: TEXTS.nl.items[itemId], en: TEXTS.en.items[itemId] },
          ...(since !== undefined && { wordingVersion: since }),
        };
      }),
    };
  }),
  instrumentVersion: INSTRUMENT_VERSION,
};

/** Group and theme names for a locale. */
export function groupNames(locale: keyof typeof TEXTS): ModelTexts['groups'] {
  return TEXTS[locale].groups;
}
export function themeNames(locale: keyof typeof TEXTS): ModelTexts['themes'] {
  return TEXTS[locale].themes;
}
