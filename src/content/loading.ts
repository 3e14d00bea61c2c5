import type { Locale } from '../model/locale.js';

/**
 * What the element says while, or when, one of its later files (a view, a language) cannot be loaded, in
 * both languages: it lives in the first file, because the language file may be the one missing.
 */
export const LOADING: Readonly<
  Record<Locale, { readonly loading: string; readonly failed: string; readonly retry: string }>
> = {
  nl: {
    loading: 'Even laden…',
    failed: 'Dit deel kon niet worden geladen; misschien is de verbinding even weg. Je antwoorden zijn bewaard.',
    retry: 'Opnieuw proberen',
  },
  en: {
    loading: 'Loading…',
    failed: 'This part could not be loaded; the connection may be down for a moment. Your answers are kept.',
    retry: 'Try again',
  },
};
