/**
 * Annular wedges as SVG path data, written out rather than taken from d3-shape: `arc()` was the only
 * d3 function the flower used, and d3-shape with d3-path cost 15 KB minified (4 KB gzip) of the views'
 * file (issue 13). The output is the same string, character for character, as
 * `arc().digits(2)({ innerRadius, outerRadius, startAngle, endAngle })` (no corner radius, no pad
 * angle): the same commands, the same rounding, the same epsilons (test/components/flower/wedge.test.ts
 * compares them), so petals morph and screenshots stay as they were.
 */

const { PI, abs, cos, sin } = Math;
const TAU = 2 * PI;
/** d3-shape's epsilon (is a radius or an angle zero?) and d3-path's (do two points coincide?). */
const SHAPE_EPSILON = 1e-12;
const PATH_EPSILON = 1e-6;

/** Two decimals, as d3-path's `digits(2)` rounds every number it writes. */
const round = (n: number): number => Math.round(n * 100) / 100;

/** The subset of d3-path's `Path` that an annular sector needs. */
class PathData {
  d = '';
  /** The current point (null: nothing drawn yet), and the start of the current subpath. */
  private x: number | null = null;
  private y = 0;
  private x0 = 0;
  private y0 = 0;

  private put(command: string, ...numbers: number[]): void {
    this.d += command + numbers.map(round).join(',');
  }

  move(x: number, y: number): void {
    this.put('M', x, y);
    this.x = this.x0 = x;
    this.y = this.y0 = y;
  }

  line(x: number, y: number): void {
    this.put('L', x, y);
    this.x = x;
    this.y = y;
  }

  close(): void {
    if (this.x === null) return;
    this.x = this.x0;
    this.y = this.y0;
    this.d += 'Z';
  }

  /** An arc around the origin; like d3-path, the line or move to its start does not move the current point. */
  arc(r: number, a0: number, a1: number, ccw: boolean): void {
    const x0 = r * cos(a0);
    const y0 = r * sin(a0);
    const cw = ccw ? 0 : 1;
    let da = ccw ? a0 - a1 : a1 - a0;
    if (this.x === null) this.put('M', x0, y0);
    else if (abs(this.x - x0) > PATH_EPSILON || abs(this.y - y0) > PATH_EPSILON) this.put('L', x0, y0);
    if (!r) return;
    if (da < 0) da = (da % TAU) + TAU;
    if (da > TAU - PATH_EPSILON) {
      this.put('A', r, r, 0, 1, cw, -x0, -y0);
      this.put('A', r, r, 0, 1, cw, x0, y0);
      this.x = x0;
      this.y = y0;
    } else if (da > PATH_EPSILON) {
      const x1 = r * cos(a1);
      const y1 = r * sin(a1);
      // Start and end coincide after rounding: two arcs, or the renderer would draw none.
      if (da >= PI && round(x0) === round(x1) && round(y0) === round(y1)) {
        da /= 2;
        this.put('A', r, r, 0, +(da >= PI), cw, r * cos(a0 + da), r * sin(a0 + da));
      }
      this.put('A', r, r, 0, +(da >= PI), cw, x1, y1);
      this.x = x1;
      this.y = y1;
    }
  }
}

/**
 * The ring segment between radii `inner` and `outer` (taken as `inner` when smaller) and angles
 * `start` to `end` (radians, 0 at twelve o'clock, clockwise), centred on the origin.
 */
export function wedge(inner: number, outer: number, start: number, end: number): string {
  const r0 = inner;
  const r1 = Math.max(outer, inner);
  const a0 = start - PI / 2;
  const a1 = end - PI / 2;
  const da = abs(a1 - a0);
  const cw = a1 > a0;
  const path = new PathData();
  if (!(r1 > SHAPE_EPSILON)) path.move(0, 0);
  else if (da > TAU - SHAPE_EPSILON) {
    path.move(r1 * cos(a0), r1 * sin(a0));
    path.arc(r1, a0, a1, !cw);
    if (r0 > SHAPE_EPSILON) {
      path.move(r0 * cos(a1), r0 * sin(a1));
      path.arc(r0, a1, a0, cw);
    }
  } else {
    path.move(r1 * cos(a0), r1 * sin(a0));
    if (da > SHAPE_EPSILON) path.arc(r1, a0, a1, !cw);
    if (!(r0 > SHAPE_EPSILON) || !(da > SHAPE_EPSILON)) path.line(r0 * cos(a1), r0 * sin(a1));
    else path.arc(r0, a1, a0, cw);
  }
  path.close();
  return path.d;
}
