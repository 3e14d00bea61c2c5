import { arc } from 'd3-shape';
import { round2 } from '../../model/checks.js';
import type { FiveNumbers } from '../../model/stats.js';

/**
 * Pure geometry of the flower. Angles follow d3-shape: radians, 0 at twelve o'clock, clockwise;
 * the centre is (0, 0), so a viewBox around the origin needs no translation. Everything returns
 * SVG path strings or numbers: Lit renders them, d3 never touches the DOM.
 */

/** The top of the radial scale. Scores are never rescaled to the data: 100 is always the full petal. */
export const SCORE_MAX = 100;
/** Rings drawn behind the petals so a reader can estimate a score. */
export const RING_SCORES = [25, 50, 75, 100] as const;
/** Gap between two groups of petals, in radians (about 3.4°). */
export const GROUP_GAP = 0.06;
/** Trimmed from each side of a petal so neighbours in one group stay apart, in radians. */
export const PETAL_PAD = 0.012;

export interface PetalAngle {
  readonly start: number;
  readonly end: number;
  readonly mid: number;
}

/** A factor's spread as the flower draws it: the five numbers of `src/model/stats.ts`. */
export type Spread = FiveNumbers;

/**
 * Equal angles for every petal in the given order, with a gap wherever the group changes
 * (including between the last and the first petal). The first gap straddles twelve o'clock.
 */
export function petalAngles(groups: readonly string[], gap = GROUP_GAP): PetalAngle[] {
  const n = groups.length;
  if (n === 0) return [];
  const changes = groups.filter((g, i) => g !== groups[(i + n - 1) % n]).length;
  const span = (2 * Math.PI - changes * gap) / n;
  let angle = groups[0] !== groups[n - 1] ? gap / 2 : 0;
  return groups.map((group, i) => {
    if (i > 0 && group !== groups[i - 1]) angle += gap;
    const start = angle;
    angle += span;
    return { start, end: angle, mid: (start + angle) / 2 };
  });
}

/** Score (0–100) → radius. */
export type RadialScale = (score: number) => number;

/**
 * Score (0–100) → radius, linear from the heart to the full petal; values outside are clamped.
 * Written out rather than d3-scale's `scaleLinear`: that one mapping pulled d3-color, d3-format,
 * d3-array and d3-interpolate's colour code into the bundle (about 27 KB minified).
 */
export function radialScale(inner: number, outer: number): RadialScale {
  return (score) => inner + ((outer - inner) * Math.min(SCORE_MAX, Math.max(0, score))) / SCORE_MAX;
}

/** A point at `radius` along `angle`. */
export function polar(angle: number, radius: number): [number, number] {
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

const wedge = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>().digits(2);

/** A ring segment between two radii and two angles; the same command structure for every size, so it morphs. */
export function wedgePath(inner: number, outer: number, start: number, end: number): string {
  return wedge({ innerRadius: inner, outerRadius: Math.max(outer, inner), startAngle: start, endAngle: end }) ?? '';
}

/** The petal of a factor: from the heart to the score's radius (the full length when `score` is 100). */
export function petalPath(angle: PetalAngle, radius: RadialScale, score: number): string {
  return wedgePath(radius(0), radius(score), angle.start + PETAL_PAD, angle.end - PETAL_PAD);
}

/** A straight segment between two radii along one angle. */
function radialLine(angle: number, from: number, to: number): string {
  const [x1, y1] = polar(angle, from);
  const [x2, y2] = polar(angle, to);
  return `M${fmt(x1)},${fmt(y1)}L${fmt(x2)},${fmt(y2)}`;
}

/** A short straight segment across the petal at one radius, `half` radians either side of `angle`. */
function crossLine(angle: number, radius: number, half: number): string {
  const [x1, y1] = polar(angle - half, radius);
  const [x2, y2] = polar(angle + half, radius);
  return `M${fmt(x1)},${fmt(y1)}L${fmt(x2)},${fmt(y2)}`;
}

export interface SpreadPaths {
  /** The middle half (q1–q3) as a narrow band along the petal's centre line. */
  readonly band: string;
  /** The whisker from min to max with a cap at each end. */
  readonly whisker: string;
  /** A tick across the band at the median. */
  readonly median: string;
}

/** A box plot laid along the petal's centre line. */
export function spreadPaths(angle: PetalAngle, radius: RadialScale, spread: Spread): SpreadPaths {
  const span = angle.end - angle.start;
  // A band half the petal wide reads as "where most answers lie" even at 360 px.
  const half = span * 0.25;
  return {
    band: wedgePath(radius(spread.q1), radius(spread.q3), angle.mid - half, angle.mid + half),
    whisker: [
      radialLine(angle.mid, radius(spread.min), radius(spread.max)),
      crossLine(angle.mid, radius(spread.min), half * 0.5),
      crossLine(angle.mid, radius(spread.max), half * 0.5),
    ].join(''),
    median: crossLine(angle.mid, radius(spread.median), half * 1.1),
  };
}

export interface GroupSpan {
  readonly group: string;
  readonly start: number;
  readonly end: number;
  readonly mid: number;
  /** Index of the group's first and last petal. */
  readonly first: number;
  readonly last: number;
}

/** Consecutive runs of petals in one group, in drawing order. */
export function groupSpans(groups: readonly string[], angles: readonly PetalAngle[]): GroupSpan[] {
  const spans: GroupSpan[] = [];
  groups.forEach((group, i) => {
    const last = spans[spans.length - 1];
    if (last && last.group === group) {
      spans[spans.length - 1] = { ...last, end: angles[i].end, mid: (last.start + angles[i].end) / 2, last: i };
    } else {
      spans.push({ group, start: angles[i].start, end: angles[i].end, mid: angles[i].mid, first: i, last: i });
    }
  });
  return spans;
}

/** True when text along the arc at `angle` would read upside down, so its path must run the other way. */
export function isLowerHalf(angle: number): boolean {
  return Math.cos(angle) < -1e-9;
}

/**
 * A half-circle path centred on `mid` for a `<textPath>` with `startOffset="50%"`: clockwise over
 * the top, counter-clockwise under the bottom, so the text always reads left to right.
 */
export function textArcPath(mid: number, radius: number): string {
  const lower = isLowerHalf(mid);
  const from = lower ? mid + Math.PI / 2 : mid - Math.PI / 2;
  const to = lower ? mid - Math.PI / 2 : mid + Math.PI / 2;
  const [x1, y1] = polar(from, radius);
  const [x2, y2] = polar(to, radius);
  const r = fmt(radius);
  return `M${fmt(x1)},${fmt(y1)}A${r},${r},0,0,${lower ? 0 : 1},${fmt(x2)},${fmt(y2)}`;
}

/** Two decimals keep path strings short and stable. */
export function fmt(n: number): string {
  return String(round2(n));
}
