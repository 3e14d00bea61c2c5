import { html, nothing, type TemplateResult } from 'lit';
import type { FlowerTexts } from '../../content/nl/flower.js';
import type { ViewBox } from './layout.js';
import type { PetalView } from './view.js';

/**
 * The tooltip of a hovered or focused petal. It repeats what the petal's name and the table already
 * say, so it is hidden from assistive technology. It is placed through CSSOM custom properties and
 * classes: no `style` attribute, which a strict CSP would block.
 */
export function tooltip(petal: PetalView | undefined, texts: FlowerTexts): TemplateResult {
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!petal}>
    ${
      petal
        ? html`<strong>${petal.title}</strong>
            <span>${texts.tooltip.score}: ${texts.score(petal.scoreText)}</span>
            ${petal.changeText ? html`<span>${texts.tooltip.change}: ${petal.changeText}</span>` : nothing}
            ${petal.spreadText ? html`<span>${texts.tooltip.spread}: ${petal.spreadText}</span>` : nothing}`
        : nothing
    }
  </div>`;
}

/** Points the tooltip at the petal's tip (in % of the picture) and opens it away from the flower. */
export function placeTooltip(el: HTMLElement, petal: PetalView, viewBox: ViewBox): void {
  const [x, y] = petal.tip;
  const s = Math.sin(petal.angle.mid);
  el.style.setProperty('--_tip-x', `${(((x - viewBox.x) / viewBox.width) * 100).toFixed(2)}%`);
  el.style.setProperty('--_tip-y', `${(((y - viewBox.y) / viewBox.height) * 100).toFixed(2)}%`);
  el.classList.toggle('right', s > 0.5);
  el.classList.toggle('left', s < -0.5);
  el.classList.toggle('below', Math.abs(s) <= 0.5 && Math.cos(petal.angle.mid) < 0);
  // Keep it inside the flower's box: on a narrow screen a box beside the petal would stick out and
  // make the page scroll sideways. Measuring here happens on hover and focus only.
  el.style.setProperty('--_tip-dx', '0px');
  const frame = el.parentElement?.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (!frame || box.width === 0) return;
  const dx = Math.max(frame.left - box.left, Math.min(0, frame.right - box.right));
  el.style.setProperty('--_tip-dx', `${Math.round(dx)}px`);
}

/** Roving focus: the petal index a key moves to (wrapping around), or undefined for other keys. */
export function roveIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
