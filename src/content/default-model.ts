import type { GroupId, Model } from '../model/model.js';
import { modelEn } from './en/model.js';
import { modelNl } from './nl/model.js';
import type { ModelTexts } from './types.js';
import { INSTRUMENT_VERSION, wordingVersion } from './versions.js';

/** The twelve factor ids, in the fixed order of the research. Stable: payloads and stored data use them. */
export const FACTOR_IDS = [
  'commitment',
  'qualities-roles',
  'community-building',
  'competition-sensitivity',
  'shared-vision',
  'together',
  'interim-results',
  'reputation',
  'long-term-support',
  'idea-to-application',
  'home-organisation',
  'system-innovation',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** Per factor, in `FACTOR_IDS` order: its group and the factors its tips refer to. */
const STRUCTURE: readonly (readonly [GroupId, readonly FactorId[]])[] = [
  ['people', []],
  ['people', []],
  ['process', ['competition-sensitivity']],
  ['process', ['community-building']],
  ['content', ['commitment', 'interim-results']],
  ['content', []],
  ['content', ['reputation', 'home-organisation']],
  ['precondition', ['commitment', 'home-organisation']],
  ['outcomes', ['idea-to-application']],
  ['outcomes', ['long-term-support']],
  ['outcomes', ['interim-results', 'reputation']],
  ['outcomes', ['idea-to-application']],
];

const TEXTS = { nl: modelNl, en: modelEn } as const satisfies Record<string, ModelTexts>;
const ITEM_NUMBERS = [1, 2, 3];

/** Our factor model: the twelve factors of the research with their statements, in Dutch and English. */
export const DEFAULT_MODEL: Model = {
  factors: FACTOR_IDS.map((id, index) => {
    const [group, related] = STRUCTURE[index];
    return {
      id,
      number: index + 1,
      group,
      related,
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
