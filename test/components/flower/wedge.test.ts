import { expect } from '@open-wc/testing';
import { arc } from 'd3-shape';
import { wedge } from '../../../src/components/flower/wedge.js';

// The flower drew its petals with d3-shape's arc() until issue 13 wrote it out: the paths must stay
// the same strings, so petals morph as before and screenshots do not change. d3-shape stays a
// development dependency for this comparison only.
const d3Wedge = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>().digits(2);
const reference = (inner: number, outer: number, start: number, end: number) =>
  d3Wedge({ innerRadius: inner, outerRadius: Math.max(outer, inner), startAngle: start, endAngle: end }) ?? '';

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

describe('wedge', () => {
  it('is the same path as d3-shape arc().digits(2) for petals, bands and rings', () => {
    const next = numbers(13);
    for (let i = 0; i < 5000; i++) {
      const inner = next() < 0.2 ? 0 : next() * 60;
      const outer = next() < 0.1 ? inner : next() < 0.1 ? inner / 2 : next() * 160;
      const start = (next() - 0.5) * 4 * Math.PI;
      const span = next() < 0.1 ? 0 : next() < 0.1 ? 2 * Math.PI : next() < 0.1 ? 1e-13 : (next() - 0.2) * 2 * Math.PI;
      const args = [inner, outer, start, start + span] as const;
      expect(wedge(...args), JSON.stringify(args)).to.equal(reference(...args));
    }
  });

  it('is the same path in the edge cases: a point, a full circle and ring, a zero and a tiny angle, equal radii', () => {
    const cases: [number, number, number, number][] = [
      [0, 0, 0, 1],
      [0, 1e-13, 0, 1],
      [0, 100, 0, 2 * Math.PI],
      [20, 100, 0, 2 * Math.PI],
      [20, 100, 1, 1 + 2 * Math.PI - 1e-13],
      [20, 100, 1, 1],
      [20, 100, 1, 1 + 1e-7],
      [20, 100, 1, 1 + 1e-13],
      [20, 20, 0.5, 1],
      [20, 20.00005, 0.5, 1],
      [20, 10, 0.5, 1],
      [0.004, 0.004, 0, Math.PI],
      [0.001, 0.002, 0, Math.PI * 1.9999],
      [50, 80, 3, 0.5],
      [50, 80, -0.3, 0.3],
      [Number.NaN, 80, 0, 1],
      [20, Number.NaN, 0, 1],
    ];
    for (const args of cases) expect(wedge(...args), JSON.stringify(args)).to.equal(reference(...args));
  });
});
