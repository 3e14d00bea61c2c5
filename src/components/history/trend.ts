import { html, svg, type TemplateResult } from 'lit';
import type { ScreensStrings } from '../../content/screens.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { round2 } from '../../model/checks.js';

/** The drawing area of one small multiple, in user units; the score axis is fixed at 0–100. */
const W = 120;
const H = 48;
const PAD = 5;

/** y for a score: 0 at the bottom, 100 at the top, the same in every small multiple. */
export const trendY = (score: number) => H - PAD - ((H - 2 * PAD) * Math.min(100, Math.max(0, score))) / 100;
const trendX = (i: number, n: number) => (n < 2 ? W / 2 : PAD + ((W - 2 * PAD) * i) / (n - 1));

/**
 * Twelve small multiples, one per factor in its group colour: its score at each measurement, on a
 * fixed 0–100 scale so lines can be compared across factors. The drawings are hidden from
 * assistive technology: the table above holds the same numbers.
 */
export function renderTrend(
  model: Model,
  locale: Locale,
  responses: readonly SeedsResponse[],
  t: ScreensStrings['history'],
): TemplateResult {
  const n = responses.length;
  return html`<section class="trend" aria-labelledby="trend-heading" part="trend">
    <h3 id="trend-heading">${t.trendHeading}</h3>
    <p class="meta">${t.trendIntro}</p>
    <ul class="multiples">
      ${model.factors.map((f) => {
        const scores = responses.map((r) => r.scores[f.id] ?? null);
        const last = scores.at(-1);
        // A gap where a factor was not assessed: the line breaks rather than inventing a value.
        const runs: string[] = [];
        let run: string[] = [];
        scores.forEach((s, i) => {
          if (s === null) {
            if (run.length) runs.push(run.join(' '));
            run = [];
          } else run.push(`${round2(trendX(i, n))},${round2(trendY(s))}`);
        });
        if (run.length) runs.push(run.join(' '));
        return html`<li class=${`multiple g-${f.group}`} data-factor=${f.id}>
          <span class="name">${f.number}. ${f.content[locale].short || f.content[locale].title}</span>
          <span class="last">${typeof last === 'number' ? Math.round(last) : '–'}</span>
          <svg viewBox=${`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
            <line class="axis" x1="0" x2=${W} y1=${trendY(0)} y2=${trendY(0)}></line>
            <line class="grid" x1="0" x2=${W} y1=${trendY(50)} y2=${trendY(50)}></line>
            <line class="grid" x1="0" x2=${W} y1=${trendY(100)} y2=${trendY(100)}></line>
            ${runs.map((points) => svg`<polyline class="line" points=${points}></polyline>`)}
            ${scores.map((s, i) =>
              s === null
                ? svg``
                : svg`<circle class="dot" data-score=${s} cx=${round2(trendX(i, n))} cy=${round2(trendY(s))} r="2.5"></circle>`,
            )}
          </svg>
        </li>`;
      })}
    </ul>
  </section>`;
}
