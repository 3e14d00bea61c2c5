import { sameList } from '../lists.js';
import type { FlowerSpreadText, FlowerSummary, FlowerTexts } from '../types.js';
/**
 * Dutch interface texts of `<seeds-flower>`. Numbers arrive already formatted for the locale;
 * `null` means "not assessed".
 */

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

export { sameList }; // for the tests and callers that import it from here

export const flowerNl: FlowerTexts = {
  /** Name of the drawing (`svg role="img"`). */
  title: 'Bloem van de succesfactoren',
  /** Name of the group of petal buttons. */
  petals: 'Succesfactoren: kies er een voor meer informatie',
  showTable: 'Toon tabel',
  hideTable: 'Verberg tabel',
  caption: 'Scores per succesfactor, van 0 tot 100',
  columns: {
    factor: 'Succesfactor',
    group: 'Groep',
    score: 'Score',
    earlier: 'Eerder',
    change: 'Verandering',
    spread: 'Spreiding',
  },
  notAssessed: 'niet beoordeeld',
  /** In the heart, under the overall score. */
  respondentsShort: (n: number) => `n = ${n}`,
  respondents: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  /** Accessible name of a petal: "5. Gedeelde toekomstvisie: 62 van 100". */
  petalName: (label: string, score: string | null) =>
    `${label}: ${score === null ? 'niet beoordeeld' : `${score} van 100`}`,
  score: (score: string | null) => (score === null ? 'niet beoordeeld' : `${score} van 100`),
  /** Tooltip and table: "+12 (eerder 50)". */
  change: (delta: string, earlier: string) => `${delta} (eerder ${earlier})`,
  spread: (s: FlowerSpreadText) => `${s.min}–${s.max}; middelste helft ${s.q1}–${s.q3}; mediaan ${s.median}`,
  tooltip: { score: 'Score', change: 'Verandering', spread: 'Spreiding' },
  summary: (s: FlowerSummary) => {
    if (s.overall === null) return `Nog geen van de ${s.total} succesfactoren heeft een score.`;
    const parts = [
      `Gemiddelde score ${s.overall} van 100${s.respondents === null ? '' : `, van ${flowerNl.respondents(s.respondents)}`}.`,
    ];
    // With all scores equal the two lists are the same: say so rather than name a strongest and weakest.
    if (sameList(s.strongest, s.weakest)) parts.push('Alle beoordeelde factoren scoren hetzelfde.');
    else parts.push(`Sterkst: ${list(s.strongest, 'en')}.`, `Zwakst: ${list(s.weakest, 'en')}.`);
    if (s.missing > 0) {
      parts.push(
        s.missing === 1
          ? `1 van de ${s.total} factoren is niet beoordeeld.`
          : `${s.missing} van de ${s.total} factoren zijn niet beoordeeld.`,
      );
    }
    return parts.join(' ');
  },
};

export type { FlowerSpreadText, FlowerSummary, FlowerTexts };
