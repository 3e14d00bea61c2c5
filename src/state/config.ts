import type { SeedsErrorCode } from '../events/seeds-error.js';
import { isInstrumentId, type InstrumentId } from '../model/instruments.js';
import { DEFAULT_LOCALE, isLocale, matchLocale, type Locale } from '../model/locale.js';

export const VIEWS = ['questionnaire', 'results', 'history', 'group'] as const;
export type View = (typeof VIEWS)[number];

export interface Resolved<T> {
  readonly value: T;
  readonly error?: { readonly code: SeedsErrorCode; readonly message: string };
}

/**
 * `lang` wins when supported; an absent `lang` follows the document; an unsupported one is reported
 * and falls back to the document's language, then Dutch.
 */
export function resolveLocale(
  lang: string | null | undefined,
  documentLang: string | null | undefined,
): Resolved<Locale> {
  const fallback = matchLocale(documentLang) ?? DEFAULT_LOCALE;
  if (lang === null || lang === undefined || lang.trim() === '') return { value: fallback };
  const match = matchLocale(lang);
  if (match) return { value: match };
  return {
    value: fallback,
    error: {
      code: 'invalid-lang',
      message: `lang="${lang}" is not supported; use "nl" or "en". Showing "${fallback}".`,
    },
  };
}

export function resolveInstrument(value: string | null | undefined): Resolved<InstrumentId> {
  if (value === null || value === undefined || value === '' || isInstrumentId(value))
    return { value: (value || 'quick') as InstrumentId };
  return {
    value: 'quick',
    error: {
      code: 'invalid-instrument',
      message: `instrument="${value}" is not supported; use "quick" or "full". Using "quick".`,
    },
  };
}

export function resolveView(value: string | null | undefined): Resolved<View> {
  if (value === null || value === undefined || value === '') return { value: 'questionnaire' };
  if ((VIEWS as readonly string[]).includes(value)) return { value: value as View };
  return {
    value: 'questionnaire',
    error: {
      code: 'invalid-view',
      message: `view="${value}" is not one of ${VIEWS.join(', ')}. Showing "questionnaire".`,
    },
  };
}

export { isLocale };
