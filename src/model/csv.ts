import type { GroupResult } from './aggregate.js';
import { round2 } from './checks.js';
import type { Locale } from './locale.js';
import type { GroupId, Model } from './model.js';
import type { Scores } from './scoring.js';

/** Column headers. Kept here rather than in the content tables because they are a file format. */
const SCORE_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['id', 'nummer', 'titel', 'groep', 'score'],
  en: ['id', 'number', 'title', 'group', 'score'],
};
const GROUP_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['id', 'nummer', 'titel', 'groep', 'n', 'gemiddelde', 'minimum', 'q1', 'mediaan', 'q3', 'maximum'],
  en: ['id', 'number', 'title', 'group', 'n', 'mean', 'minimum', 'q1', 'median', 'q3', 'maximum'],
};

export interface CsvOptions {
  /** Names for the group column; without them (or for a missing group) the group id is written. */
  readonly groupNames?: Partial<Record<GroupId, string>>;
}

type Cell = string | number | null | undefined;

/**
 * One person's (or a group's mean) scores as CSV, ready for a spreadsheet: a header row, then one
 * row per factor in model order with id, number, title, group and score (empty when not assessed).
 *
 * The file opens correctly in Excel in either language: it starts with a byte order mark so UTF-8
 * is detected, Dutch uses `;` between fields and a decimal comma (`62,5`, what Dutch Excel
 * expects), English `,` and a decimal point. Fields are quoted per RFC 4180, lines end in CRLF.
 *
 * @example
 * ```ts
 * const blob = new Blob([scoresCsv(model, scores, 'nl', { groupNames })], { type: 'text/csv;charset=utf-8' });
 * ```
 */
export function scoresCsv(model: Model, scores: Readonly<Scores>, locale: Locale, options: CsvOptions = {}): string {
  const rows: Cell[][] = model.factors.map((f) => [
    f.id,
    f.number,
    f.content[locale].title,
    options.groupNames?.[f.group] ?? f.group,
    scores[f.id],
  ]);
  return toCsv([SCORE_HEADERS[locale], ...rows], locale);
}

/** The group view as CSV: per factor the number of respondents, mean, minimum, quartiles and maximum. */
export function groupCsv(model: Model, group: GroupResult, locale: Locale, options: CsvOptions = {}): string {
  const rows: Cell[][] = model.factors.map((f) => {
    const s = group.factors[f.id];
    return [
      f.id,
      f.number,
      f.content[locale].title,
      options.groupNames?.[f.group] ?? f.group,
      s?.n ?? 0,
      s?.mean,
      s?.min,
      s?.q1,
      s?.median,
      s?.q3,
      s?.max,
    ];
  });
  return toCsv([GROUP_HEADERS[locale], ...rows], locale);
}

/** Rows to CSV text for the locale's spreadsheet conventions (BOM, separator, decimal mark, CRLF). */
export function toCsv(rows: readonly (readonly Cell[])[], locale: Locale): string {
  const separator = locale === 'nl' ? ';' : ',';
  const body = rows.map((row) => row.map((cell) => csvField(cell, locale, separator)).join(separator) + '\r\n');
  return '\uFEFF' + body.join('');
}

function csvField(cell: Cell, locale: Locale, separator: string): string {
  if (cell === null || cell === undefined || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  if (typeof cell === 'number') {
    const text = String(round2(cell) || 0); // `|| 0` turns -0 into 0
    return locale === 'nl' ? text.replace('.', ',') : text;
  }
  // A text starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet ("CSV
  // injection"); a leading apostrophe makes it plain text. Only host-supplied titles could do this.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
