import { groupSpans, petalAngles, type GroupSpan, type PetalAngle } from './geometry.js';
import { estimateWidth, placeLabels, wrapText, type LabelBox, type Measure } from './labels.js';
import { round2 } from '../../model/checks.js';

/**
 * Fits the flower and its labels to a width in CSS pixels. The viewBox is as wide as the element,
 * so one user unit is one pixel and the labels keep a readable size at every width; the flower's
 * radius is what gives way. Pure: the caller passes the width and a text `measure`.
 */

export interface LayoutInput {
  /** Width available, in CSS px. */
  readonly width: number;
  /** Group of each petal, in drawing order. */
  readonly groups: readonly string[];
  /** Label of each petal ("5. Shared vision"), in the same order. */
  readonly labels: readonly string[];
  /** Ids for the labels, in the same order. */
  readonly ids: readonly string[];
  readonly measure?: Measure;
}

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FlowerLayout {
  readonly width: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly groupFontSize: number;
  /** Radius of the heart (score 0) and of the full petal (score 100). */
  readonly inner: number;
  readonly outer: number;
  /** The group arcs run between these radii. */
  readonly bandInner: number;
  readonly bandOuter: number;
  /** Baseline radius of group names over the top and under the bottom. */
  readonly groupTextUpper: number;
  readonly groupTextLower: number;
  readonly angles: readonly PetalAngle[];
  readonly spans: readonly GroupSpan[];
  readonly labels: readonly LabelBox[];
  readonly viewBox: ViewBox;
}

const MIN_OUTER = 44;
const MARGIN = 2;

/** Label size in px for an element `width` px wide. */
export function fontSizeFor(width: number): number {
  return width < 360 ? 11 : width < 560 ? 12 : 13;
}

/** Lays out the flower for `input.width`; same input, same layout. */
export function layoutFlower(input: LayoutInput): FlowerLayout {
  const width = Math.max(200, input.width);
  const measure = input.measure ?? estimateWidth;
  const fontSize = fontSizeFor(width);
  const lineHeight = round2(fontSize * 1.25);
  const groupFontSize = round2(fontSize * 0.85);
  const maxLabelWidth = Math.min(150, Math.max(64, width * 0.2));
  const angles = petalAngles(input.groups);
  const spans = groupSpans(input.groups, angles);
  const items = input.labels.map((text, i) => {
    const lines = wrapText(text, maxLabelWidth, fontSize, measure);
    return {
      id: input.ids[i],
      lines,
      width: Math.max(...lines.map((l) => measure(l, fontSize))),
      angle: angles[i].mid,
    };
  });

  const build = (outer: number): [FlowerLayout, number] => {
    const bandInner = outer + 2;
    const bandOuter = bandInner + 3;
    const textInner = bandOuter + 2;
    const textOuter = textInner + groupFontSize;
    const labels = placeLabels(items, textOuter + 3, lineHeight);
    let [x0, y0, x1, y1] = [-textOuter, -textOuter, textOuter, textOuter];
    for (const b of labels) {
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    const boundsWidth = x1 - x0 + 2 * MARGIN;
    const vbWidth = Math.max(width, boundsWidth);
    const layout: FlowerLayout = {
      width,
      fontSize,
      lineHeight,
      groupFontSize,
      inner: Math.max(18, outer * 0.22),
      outer,
      bandInner,
      bandOuter,
      groupTextUpper: textInner + groupFontSize * 0.22,
      groupTextLower: textInner + groupFontSize * 0.78,
      angles,
      spans,
      labels,
      viewBox: {
        x: round2(x0 - MARGIN - (vbWidth - boundsWidth) / 2),
        y: round2(y0 - MARGIN),
        width: round2(vbWidth),
        height: round2(y1 - y0 + 2 * MARGIN),
      },
    };
    return [layout, boundsWidth];
  };

  // The total width is close to 2 × radius + a constant, so a few secant steps settle it.
  const ring = 2 + 3 + 2 + groupFontSize + 3;
  const widest = Math.max(0, ...items.map((i) => i.width));
  let outer = Math.max(MIN_OUTER, width / 2 - widest - ring - MARGIN);
  let best: FlowerLayout | undefined;
  let [layout, used] = build(outer);
  for (let step = 0; step < 10; step++) {
    if (used <= width + 0.5 && (!best || layout.outer > best.outer)) best = layout;
    const next = Math.max(MIN_OUTER, outer + (width - used) / 2);
    if (Math.abs(next - outer) < 0.5) break;
    outer = next;
    [layout, used] = build(outer);
  }
  return best ?? layout;
}
