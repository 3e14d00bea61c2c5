import type { Locale } from '../model/locale.js';

// One number formatter per locale and style, made once: creating an Intl.NumberFormat costs a few
// milliseconds the first time, and every text that shows a score rounds it the same way.
const OPTIONS = {
  whole: { maximumFractionDigits: 0 },
  /** A change: "+5", "-3", "0". */
  signed: { maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  /** A fraction as a whole percentage: 0.25 → "25%". */
  percent: { style: 'percent', maximumFractionDigits: 0 },
} satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberStyle = keyof typeof OPTIONS;

const FORMATS = new Map<string, Intl.NumberFormat>();

/** The shared formatter of `style` for `locale`. */
export function numberFormat(locale: Locale, style: NumberStyle = 'whole'): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.NumberFormat(locale, OPTIONS[style])));
  return format;
}

/** A score or count as a whole number the way the locale writes it (Dutch 1.250, English 1,250). */
export function formatWhole(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}
