import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FlowerTexts } from '../../content/nl/flower.js';
import { round2 } from '../../model/checks.js';
import { RING_SCORES, radialScale, textArcPath, wedgePath } from './geometry.js';
import type { FlowerLayout } from './layout.js';
import type { PetalView } from './view.js';

/**
 * Lit templates of the flower. d3 computed every `d` already; these only place them. A petal's
 * view object stays the same while its values do (see `buildPetals`), and what depends on the layout
 * alone stays the same while the layout does: `guard` skips both, so a changed score touches one
 * petal, its button, its table row, the heart and the summary, nothing else.
 */

export interface DrawingInput {
  readonly layout: FlowerLayout;
  readonly petals: readonly PetalView[];
  readonly texts: FlowerTexts;
  readonly groupNames: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly overall: string | null;
  readonly respondents: number | null;
  /** Draw min–max whiskers too (off by default: on a phone they turn the flower into scribbles). */
  readonly whiskers?: boolean;
}

export const viewBoxOf = (layout: FlowerLayout) => {
  const { x, y, width, height } = layout.viewBox;
  return `${x} ${y} ${width} ${height}`;
};

/** `data-score` is the score as given, or `null` for a factor that was not assessed. */
const dataScore = (score: number | null) => (score === null ? 'null' : String(score));

function rings(layout: FlowerLayout) {
  const radius = radialScale(layout.inner, layout.outer);
  return RING_SCORES.map((s) => svg`<circle class=${s === 100 ? 'ring ring--full' : 'ring'} r=${radius(s)}></circle>`);
}

/** 25, 50 and 75 once, in the gap at twelve o'clock, so the rings read as a scale. */
function ringLabels(layout: FlowerLayout) {
  const radius = radialScale(layout.inner, layout.outer);
  const size = Math.max(8, Math.round(layout.fontSize * 0.75));
  return RING_SCORES.filter((s) => s < 100).map(
    (s) => svg`<text class="ring-label" data-ring=${s} y=${round2(-radius(s))} font-size=${size}
      text-anchor="middle" dominant-baseline="central">${s}</text>`,
  );
}

/** A "–" inside the empty outline of a factor that was not assessed: absent, never zero. */
function notAssessedMarks(layout: FlowerLayout, list: readonly PetalView[]) {
  const radius = radialScale(layout.inner, layout.outer);
  return list
    .filter((p) => p.score === null)
    .map((p) => {
      const r = radius(50);
      return svg`<text class="na-mark" data-na=${p.id} x=${round2(Math.sin(p.angle.mid) * r)}
        y=${round2(-Math.cos(p.angle.mid) * r)} text-anchor="middle" dominant-baseline="central">–</text>`;
    });
}

function petals(list: readonly PetalView[]) {
  return list.map((p) =>
    guard(
      [p],
      () => svg`<path
      class=${`petal anim g-${p.group}${p.score === null ? ' petal--null' : ''}`}
      data-factor=${p.id}
      data-score=${dataScore(p.score)}
      d=${p.d}
    ></path>`,
    ),
  );
}

function ghosts(list: readonly PetalView[]) {
  return list.map((p) =>
    guard([p], () =>
      p.ghost === null
        ? nothing
        : svg`<path class="ghost-halo anim" d=${p.ghost}></path><path class="ghost anim" data-ghost=${p.id} d=${p.ghost}></path>`,
    ),
  );
}

/** The middle half as a translucent band with a median tick; whiskers only when asked for. */
function spreads(list: readonly PetalView[], whiskers: boolean) {
  return list.map((p) => guard([p, whiskers], () => spread(p, whiskers)));
}

function spread(p: PetalView, whiskers: boolean) {
  const s = p.spreadPaths;
  if (s === null) return nothing;
  return svg`<g class="spread" data-spread=${p.id}>
      ${whiskers ? svg`<path class="spread-halo anim" d=${s.whisker}></path><path class="whisker anim" d=${s.whisker}></path>` : nothing}
      <path class="band anim" d=${s.band}></path>
      <path class="spread-halo anim" d=${s.median}></path>
      <path class="median anim" d=${s.median}></path>
    </g>`;
}

function groups(input: DrawingInput) {
  const { layout } = input;
  return layout.spans.map((span, i) => {
    const lower = Math.cos(span.mid) < -1e-9;
    return svg`<path class=${`group-arc g-${span.group}`} data-group=${span.group}
        d=${wedgePath(layout.bandInner, layout.bandOuter, span.start, span.end)}></path>
      <path id=${`seeds-flower-arc-${i}`} class="text-arc" fill="none"
        d=${textArcPath(span.mid, lower ? layout.groupTextLower : layout.groupTextUpper)}></path>
      <text class="group-name" font-size=${layout.groupFontSize}
        ><textPath href=${`#seeds-flower-arc-${i}`} startOffset="50%" text-anchor="middle"
          >${input.groupNames[span.group] ?? span.group}</textPath
        ></text
      >`;
  });
}

function labels(layout: FlowerLayout) {
  const ascent = layout.fontSize * 0.93;
  return layout.labels.map((box) => {
    const x = box.align === 'start' ? box.x : box.align === 'end' ? box.x + box.width : box.x + box.width / 2;
    return svg`<text class="label" data-label=${box.id} text-anchor=${box.align}
      >${box.lines.map((line, i) => svg`<tspan x=${x} y=${round2(box.y + i * layout.lineHeight + ascent)}>${line}</tspan>`)}</text
    >`;
  });
}

function heart(input: DrawingInput) {
  const r = input.layout.inner;
  const size = Math.min(30, r * 0.72);
  const small = Math.max(8, Math.min(13, r * 0.3));
  const withCount = input.respondents !== null;
  return svg`<g class="heart">
    <circle class="heart-disc" r=${r}></circle>
    <text class="overall" font-size=${size} y=${withCount ? round2(-r * 0.08) : 0} text-anchor="middle" dominant-baseline="central"
      >${input.overall ?? '–'}</text
    >
    ${
      withCount
        ? svg`<text class="respondents" font-size=${small} y=${round2(r * 0.5)} text-anchor="middle" dominant-baseline="central"
          >${input.texts.respondentsShort(input.respondents as number)}</text
        >`
        : nothing
    }
  </g>`;
}

/**
 * The drawing: `svg role="img"` named by `aria-label` and described by the summary. Not a `<title>`:
 * Lit treats `<title>` as raw text, and server rendering (@lit-labs/ssr) cannot place an expression
 * in it; the exported SVG file gets its `<title>` from the label (export.ts).
 */
export function drawing(input: DrawingInput): TemplateResult {
  const { layout } = input;
  return html`<svg
    part="svg"
    class="drawing"
    role="img"
    aria-label=${input.texts.title}
    aria-describedby="seeds-flower-desc"
    viewBox=${viewBoxOf(layout)}
    font-size=${layout.fontSize}
  >
    <desc id="seeds-flower-desc">${input.summary}</desc>
    <g class="rings">${guard([layout], () => rings(layout))}</g>
    <g class="outlines">
      ${guard([layout], () => input.petals.map((p) => svg`<path class="outline" d=${p.full}></path>`))}
    </g>
    <g class="bloom">
      <g class="petals">${petals(input.petals)}</g>
      <g class="ghosts">${ghosts(input.petals)}</g>
      <g class="spreads">${spreads(input.petals, input.whiskers ?? false)}</g>
    </g>
    <g class="marks">${notAssessedMarks(layout, input.petals)}</g>
    <g class="ring-labels">${guard([layout], () => ringLabels(layout))}</g>
    <g class="groups">${guard([layout, input.groupNames], () => groups(input))}</g>
    <g class="labels">${guard([layout], () => labels(layout))}</g>
    ${heart(input)}
  </svg>`;
}

/** The petals as buttons, in a layer of their own above the picture (focusable content inside role="img" would be hidden). */
export function targets(
  layout: FlowerLayout,
  petals: readonly PetalView[],
  texts: FlowerTexts,
  active: number,
): TemplateResult {
  return html`<svg class="targets" part="targets" viewBox=${viewBoxOf(layout)} role="group" aria-label=${texts.petals}>
    ${petals.map((p) =>
      guard(
        [p, p.index === active],
        () => svg`<path
        class="target"
        role="button"
        tabindex=${p.index === active ? 0 : -1}
        data-target=${p.id}
        aria-label=${texts.petalName(p.title, p.scoreText)}
        d=${p.full}
      ></path>`,
      ),
    )}
  </svg>`;
}
