import type { Locale } from '../model/locale.js';
import type { FlowerTexts } from './nl/flower.js';
import type { GroupStrings } from './nl/group.js';
import type { ResultsStrings } from './nl/results.js';
import type { ScreensStrings } from './nl/screens.js';
import type { UiStrings } from './nl/ui.js';
import type { ViewsStrings } from './nl/views.js';
import type { ModelTexts } from './types.js';

/** Every text of one language. */
export interface LanguageTexts {
  readonly ui: UiStrings;
  readonly views: ViewsStrings;
  readonly results: ResultsStrings;
  readonly screens: ScreensStrings;
  readonly group: GroupStrings;
  readonly flower: FlowerTexts;
  readonly model: ModelTexts;
}

// Each language is a file of its own in the builds (`import()`): a participant loads only theirs.
const FILES: Readonly<Record<Locale, () => Promise<{ texts: LanguageTexts }>>> = {
  nl: () => import('./nl/index.js'),
  en: () => import('./en/index.js'),
};

const loaded: Partial<Record<Locale, LanguageTexts>> = {};
const loading = new Map<Locale, Promise<LanguageTexts>>();

/** Loads a language's texts (once; a failed load is tried again on the next call). */
export function loadLanguage(locale: Locale): Promise<LanguageTexts> {
  const done = loaded[locale];
  if (done) return Promise.resolve(done);
  let pending = loading.get(locale);
  if (!pending) {
    pending = FILES[locale]().then(
      ({ texts }) => (loaded[locale] = texts),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether a language's texts are there to render with. */
export function hasLanguage(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * A loaded language's texts. The elements render a language only once `loadLanguage` resolved,
 * so asking for one that is not there is a bug in the element, not something a host can cause.
 */
export function languageTexts(locale: Locale): LanguageTexts {
  const texts = loaded[locale];
  if (!texts) throw new Error(`The "${locale}" texts of Seeds of Innovation are not loaded: await loadLanguage().`);
  return texts;
}
