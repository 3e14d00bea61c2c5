import { LOCALES, type Locale } from '../model/locale.js';
import type { FactorContent, GroupId, Localized, Model } from '../model/model.js';
import { languageTexts } from './language.js';
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

const ITEM_NUMBERS = [1, 2, 3];

/**
 * A text in every language, read from that language's file when it is asked for: each language is
 * a file of its own (see ./language.ts), so the model cannot hold the texts themselves. Reading a
 * language that is not loaded throws; `loadLanguage(locale)` first.
 */
function localized<T>(read: (texts: ModelTexts) => T): Localized<T> {
  const text = {} as Record<Locale, T>;
  for (const locale of LOCALES) {
    Object.defineProperty(text, locale, { enumerable: true, get: () => read(languageTexts(locale).model) });
  }
  return Object.freeze(text);
}

/**
 * Our factor model: the twelve factors of the research with their statements, in Dutch and English.
 * The texts of a language are there once it is loaded (`loadLanguage`); the elements load the
 * language they show themselves.
 */
export const DEFAULT_MODEL: Model = {
  factors: FACTOR_IDS.map((id, index) => {
    const [group, related] = STRUCTURE[index];
    return {
      id,
      number: index + 1,
      group,
      related,
      content: localized<FactorContent>((t) => t.factors[id]),
      items: ITEM_NUMBERS.map((n) => {
        const itemId = `${id}.${n}`;
        const since = wordingVersion(itemId);
        return {
          id: itemId,
          text: localized((t) => t.items[itemId]),
          ...(since !== undefined && { wordingVersion: since }),
        };
      }),
    };
  }),
  instrumentVersion: INSTRUMENT_VERSION,
};

/** Group and theme names for a (loaded) locale. */
export function groupNames(locale: Locale): ModelTexts['groups'] {
  return languageTexts(locale).model.groups;
}
export function themeNames(locale: Locale): ModelTexts['themes'] {
  return languageTexts(locale).model.themes;
}
