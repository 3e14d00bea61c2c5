// Export of a community's responses for analysis: JSON (the payloads as stored) or CSV (one row per
// response, spreadsheet-safe through the widget's own CSV writer).
import { toCsv } from '../../src/model/csv.js';

interface Row {
  readonly id: string;
  readonly community: string | null;
  readonly round?: string;
  readonly instrument: string;
  readonly instrumentVersion?: number;
  readonly phase?: string;
  readonly locale: string;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly respondent: { readonly role: string | null };
  readonly answers: readonly { readonly item: string; readonly value: number | null }[];
  readonly scores: Readonly<Record<string, number | null>>;
}

const FIXED = [
  'id',
  'community',
  'round',
  'instrument',
  'instrumentVersion',
  'phase',
  'locale',
  'startedAt',
  'completedAt',
  'role',
];

export function exportJson(bodies: readonly string[]): string {
  return `${JSON.stringify(
    bodies.map((body) => JSON.parse(body) as unknown),
    null,
    2,
  )}\n`;
}

/** Columns: the fixed fields, then `score:<factor>` and `answer:<item>` for every factor and item seen. */
export function exportCsv(bodies: readonly string[]): string {
  const rows = bodies.map((body) => JSON.parse(body) as Row);
  const factors = [...new Set(rows.flatMap((r) => Object.keys(r.scores)))];
  const items = [...new Set(rows.flatMap((r) => r.answers.map((a) => a.item)))];
  const header = [...FIXED, ...factors.map((f) => `score:${f}`), ...items.map((i) => `answer:${i}`)];
  const lines = rows.map((r) => {
    const answers = new Map(r.answers.map((a) => [a.item, a.value]));
    return [
      r.id,
      r.community,
      r.round ?? null,
      r.instrument,
      r.instrumentVersion ?? 1,
      r.phase ?? null,
      r.locale,
      r.startedAt,
      r.completedAt,
      r.respondent.role,
      ...factors.map((f) => r.scores[f] ?? null),
      ...items.map((i) => answers.get(i) ?? null),
    ];
  });
  return toCsv([header, ...lines], 'en');
}
