export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A supported language, optionally with a region (`nl`, `en`, `nl-BE`, `en-GB`), or `''` for the document's. */
export type LanguageTag = Locale | `${Locale}-${string}` | '';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `nl-BE` → `nl`; anything unsupported → undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}
