import type { Locale } from '../model/locale.js';

// One number formatter per locale, made once: creating an Intl.NumberFormat costs a few
// milliseconds the first time, and every text that shows a score rounds it the same way.
const WHOLE = new Map<Locale, Intl.NumberFormat>();

/** A score or count as a whole number the way the locale writes it (Dutch 1.250, English 1,250). */
export function formatWhole(locale: Locale, value: number): string {
  let format = WHOLE.get(locale);
  if (!format) WHOLE.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return format.format(value);
}
