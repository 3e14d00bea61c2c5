/**
 * A "ghost" flower for empty screens: twelve petal outlines in the flower's grouping (2, 2, 3, 1, 4
 * with gaps), at a gentle made-up length. Decorative, so plain trigonometry (no d3: only the real
 * flower uses it). Pure: returns SVG path strings around the origin.
 */
import { round2 } from '../../model/checks.js';

const GROUP_SIZES = [2, 2, 3, 1, 4];
const GAP = 0.08;
const PAD = 0.015;
/** Lengths between 0 and 1: a flower that is clearly not anyone's result. */
const LENGTHS = [0.8, 0.65, 0.75, 0.55, 0.85, 0.7, 0.6, 0.75, 0.65, 0.8, 0.55, 0.7];

const point = (angle: number, r: number) => `${round2(r * Math.sin(angle))} ${round2(-r * Math.cos(angle))}`;

/** One wedge from `inner` to `outer` between two angles (radians, clockwise from twelve o'clock). */
function wedge(inner: number, outer: number, start: number, end: number): string {
  return [
    `M${point(start, inner)}`,
    `L${point(start, outer)}`,
    `A${outer} ${outer} 0 0 1 ${point(end, outer)}`,
    `L${point(end, inner)}`,
    `A${inner} ${inner} 0 0 0 ${point(start, inner)}`,
    'Z',
  ].join('');
}

/** The twelve petal paths of a ghost flower of radius `outer` with a heart of radius `inner`. */
export function ghostPetals(outer = 60, inner = 14): { d: string; group: number }[] {
  const n = GROUP_SIZES.reduce((a, b) => a + b, 0);
  const span = (2 * Math.PI - GROUP_SIZES.length * GAP) / n;
  const petals: { d: string; group: number }[] = [];
  let angle = GAP / 2;
  GROUP_SIZES.forEach((size, group) => {
    for (let i = 0; i < size; i++) {
      const r = inner + (outer - inner) * LENGTHS[petals.length];
      petals.push({ d: wedge(inner, r, angle + PAD, angle + span - PAD), group });
      angle += span;
    }
    angle += GAP;
  });
  return petals;
}
