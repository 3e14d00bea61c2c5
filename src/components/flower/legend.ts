import { html, type TemplateResult } from 'lit';
import type { FlowerTexts } from '../../content/nl/flower.js';
import type { PetalView } from './view.js';

/**
 * The legend of a narrow flower: colour, number, name and score of each petal, so the rim can carry
 * numbers only and the flower gets the whole width of a phone. A not-assessed factor shows "–",
 * spoken as "not assessed".
 */
export function legend(petals: readonly PetalView[], heading: string, texts: FlowerTexts): TemplateResult {
  return html`<ol class="legend" part="legend" aria-label=${heading}>
    ${petals.map(
      (p) =>
        html`<li data-legend=${p.id}>
          <span class=${`swatch g-${p.group}`} aria-hidden="true"></span>
          <span class="name">${p.label}</span>
          ${
            p.scoreText === null
              ? html`<span class="score"
                  ><span aria-hidden="true">–</span><span class="visually-hidden">${texts.notAssessed}</span></span
                >`
              : html`<span class="score">${p.scoreText}</span>`
          }
        </li>`,
    )}
  </ol>`;
}
