import { html, nothing, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { GroupStrings } from '../../content/group-strings.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import type { Scores } from '../../model/scoring.js';
import type { SeedsFlower } from '../flower/flower.js';

// A3 portrait, 297 × 420 mm, in units of 1 mm.
const W = 297;
const H = 420;
const RING_SCORES = [25, 50, 75, 100];

/** Text for an SVG document: host and model text is escaped, never markup. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws a flower off screen (empty, or with the given scores) and returns its SVG with the radii
 * of its 25–100 rings, read from the drawing so the poster's ring labels sit on the rings.
 */
export async function drawFlower(
  host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  model: Model,
  locale: Locale,
  scores: Scores,
): Promise<{ svg: string; rings: number[]; box: DOMRect }> {
  const flower = document.createElement('seeds-flower') as SeedsFlower;
  flower.classList.add('offscreen');
  flower.model = model;
  flower.lang = locale;
  flower.scores = scores;
  host.renderRoot.appendChild(flower);
  try {
    await flower.updateComplete;
    const svgEl = flower.shadowRoot!.querySelector<SVGSVGElement>('svg.drawing')!;
    const rings = [...svgEl.querySelectorAll<SVGCircleElement>('.rings circle')].map((c) => c.r.baseVal.value);
    const vb = svgEl.viewBox.baseVal;
    return { svg: flower.toSVG(), rings, box: new DOMRect(vb.x, vb.y, vb.width, vb.height) };
  } finally {
    flower.remove();
  }
}

/**
 * The A3 poster: a title, the flower in the middle with the 0–100 rings labelled, and the twelve
 * factors with their one-line description, to score with stickers in a room without laptops (or,
 * with the group's flower filled in, for the wall).
 */
export function posterSvg(
  model: Model,
  locale: Locale,
  t: GroupStrings['poster'],
  flower: { svg: string; rings: number[]; box: DOMRect },
): string {
  const size = 230;
  const x = (W - size) / 2;
  const y = 40;
  const s = size / Math.max(flower.box.width, flower.box.height);
  const ox = x + -flower.box.x * s;
  const oy = y + -flower.box.y * s;
  const nested = flower.svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b([^>]*?)\swidth="[^"]*"/, '<svg$1')
    .replace(/<svg\b([^>]*?)\sheight="[^"]*"/, '<svg$1')
    .replace(/<svg\b/, `<svg x="${x}" y="${y}" width="${size}" height="${size}"`);
  const ringLabels = flower.rings
    .map(
      (r, i) =>
        `<text x="${ox + 1}" y="${oy - r * s - 0.8}" font-size="3.2" fill="#444">${RING_SCORES[i] ?? ''}</text>`,
    )
    .join('');
  const zero = `<text x="${ox + 1}" y="${oy - 1}" font-size="3.2" fill="#444">0</text>`;
  const half = Math.ceil(model.factors.length / 2);
  const list = model.factors
    .map((f, i) => {
      const col = i < half ? 0 : 1;
      const row = col ? i - half : i;
      const fx = 14 + col * 140;
      const fy = 290 + row * 21;
      const text = f.content[locale];
      const lines = wrap(text.description ?? '', 62).slice(0, 3);
      return `<text x="${fx}" y="${fy}" font-size="4" font-weight="bold">${esc(`${f.number}. ${text.title}`)}</text>${lines
        .map((line, j) => `<text x="${fx}" y="${fy + 5 + j * 4.2}" font-size="3.3">${esc(line)}</text>`)
        .join('')}`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}mm" height="${H}mm" viewBox="0 0 ${W} ${H}" font-family="sans-serif" fill="#111">
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${W / 2}" y="22" font-size="10" font-weight="bold" text-anchor="middle">${esc(t.title)}</text>
<text x="${W / 2}" y="31" font-size="4.5" text-anchor="middle">${esc(t.instruction)}</text>
${nested}
${zero}${ringLabels}
${list}
</svg>
`;
}

/** The poster buttons (SVG download and print): empty always, filled when the group's figures may be shown. */
export function renderPosterSection(
  t: GroupStrings,
  filled: boolean,
  onPoster: (filled: boolean, how: 'download' | 'print') => void,
): TemplateResult {
  const button = (isFilled: boolean, how: 'download' | 'print', label: string) =>
    html`<button
      type="button"
      data-poster=${isFilled ? 'filled' : 'empty'}
      data-how=${how}
      @click=${() => onPoster(isFilled, how)}
    >
      ${label}
    </button>`;
  return html`<section class="poster" aria-labelledby="poster-heading" part="poster">
    <h3 id="poster-heading">${t.poster.heading}</h3>
    <div class="buttons">
      ${button(false, 'download', t.poster.empty)} ${filled ? button(true, 'download', t.poster.filled) : nothing}
    </div>
    <div class="buttons">
      ${button(false, 'print', t.poster.printEmpty)} ${filled ? button(true, 'print', t.poster.printFilled) : nothing}
    </div>
    <p class="meta">${t.poster.printHint}</p>
  </section>`;
}

/**
 * The poster as printed: only in print, and then alone (the group view's print styles hide the
 * rest), 297 × 420 mm. The SVG is our own `posterSvg`, in which every text is escaped.
 */
export function renderPosterPrint(poster: { svg: string; filled: boolean } | null): TemplateResult | typeof nothing {
  if (!poster) return nothing;
  const svgText = poster.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return html`<div class="poster-print" data-poster-print=${poster.filled ? 'filled' : 'empty'} aria-hidden="true">
    ${unsafeSVG(svgText)}
  </div>`;
}
