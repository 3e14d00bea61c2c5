import { sameList } from '../lists.js';
import type { FlowerTexts } from '../types.js';

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** English interface texts of `<seeds-flower>`. */
export const flowerEn: FlowerTexts = {
  title: 'Flower of the success factors',
  petals: 'Success factors: pick one to read more',
  showTable: 'Show table',
  hideTable: 'Hide table',
  caption: 'Scores per success factor, from 0 to 100',
  columns: {
    factor: 'Success factor',
    group: 'Group',
    score: 'Score',
    earlier: 'Earlier',
    change: 'Change',
    spread: 'Spread',
  },
  notAssessed: 'not assessed',
  respondentsShort: (n) => `n = ${n}`,
  respondents: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  petalName: (label, score) => `${label}: ${score === null ? 'not assessed' : `${score} out of 100`}`,
  score: (score) => (score === null ? 'not assessed' : `${score} out of 100`),
  change: (delta, earlier) => `${delta} (earlier ${earlier})`,
  spread: (s) => `${s.min}–${s.max}; middle half ${s.q1}–${s.q3}; median ${s.median}`,
  tooltip: { score: 'Score', change: 'Change', spread: 'Spread' },
  summary: (s) => {
    if (s.overall === null) return `None of the ${s.total} success factors has a score yet.`;
    const parts = [
      `Average score ${s.overall} out of 100${s.respondents === null ? '' : `, from ${flowerEn.respondents(s.respondents)}`}.`,
    ];
    if (sameList(s.strongest, s.weakest)) parts.push('All assessed factors have the same score.');
    else parts.push(`Strongest: ${list(s.strongest, 'and')}.`, `Weakest: ${list(s.weakest, 'and')}.`);
    if (s.missing > 0) {
      parts.push(
        s.missing === 1
          ? `1 of the ${s.total} factors is not assessed.`
          : `${s.missing} of the ${s.total} factors are not assessed.`,
      );
    }
    return parts.join(' ');
  },
};
