import { polar } from './geometry.js';
import { breakPoints } from './hyphenation.js';

/**
 * Pure label wrapping and placement. Text widths come from a `measure` function so the element can
 * use the real font (canvas `measureText`) and tests can use an estimate.
 */

/** Width of `text` at `fontSize` user units (px when the viewBox is 1:1). */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

/** A generous estimate without a DOM: 0.62 em per character (wider than most sans-serif text). */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.68 : 0.62);

export { breakPoints };

/**
 * Splits `word` at the last of its `points` (breaks of the whole word, shifted to this piece) whose
 * first piece, with its hyphen, still `fits`. Returns the two pieces and the breaks left in the rest.
 */
function splitWord(
  word: string,
  points: readonly number[],
  fits: (s: string) => boolean,
): [string, string, number[]] | null {
  const usable = points.filter((i) => i > 0 && i < word.length && fits(`${word.slice(0, i)}-`));
  if (usable.length === 0) return null;
  const i = usable[usable.length - 1];
  return [`${word.slice(0, i)}-`, word.slice(i), points.filter((p) => p > i).map((p) => p - i)];
}

/**
 * Greedy word wrap to `maxWidth`. A word longer than a line is hyphenated at a syllable break; a
 * word with no usable break stays whole (and the layout makes room for it).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: Measure = estimateWidth): string[] {
  const fits = (s: string) => measure(s, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (fits(word)) {
      if (line) lines.push(line);
      line = word;
      continue;
    }
    // Too long for any line: fill the current line with its first syllables, then continue.
    let rest = word;
    let points = breakPoints(word);
    const head = line ? splitWord(rest, points, (s) => fits(`${line} ${s}`)) : null;
    if (head) {
      lines.push(`${line} ${head[0]}`);
      [, rest, points] = head;
    } else if (line) {
      lines.push(line);
    }
    line = '';
    while (!fits(rest)) {
      const piece = splitWord(rest, points, fits);
      if (!piece) break;
      lines.push(piece[0]);
      [, rest, points] = piece;
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LabelInput {
  readonly id: string;
  readonly lines: readonly string[];
  /** Width of the widest line. */
  readonly width: number;
  /** The petal's centre angle. */
  readonly angle: number;
}

export type LabelAlign = 'start' | 'middle' | 'end';

export interface LabelBox {
  readonly id: string;
  readonly lines: readonly string[];
  readonly angle: number;
  /** Top-left corner and size of the text block. */
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
  /** How the lines align inside the block: towards the flower. */
  readonly align: LabelAlign;
}

/** True when two boxes overlap, or come closer than `pad`. */
export function boxesOverlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
  pad = 0,
): boolean {
  return (
    a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad
  );
}

/** Distance from the origin to the nearest point of a box. */
function distanceToBox(b: LabelBox): number {
  const nx = Math.min(Math.max(0, b.x), b.x + b.width);
  const ny = Math.min(Math.max(0, b.y), b.y + b.height);
  return Math.hypot(nx, ny);
}

/** Moves a box outward until no part of it is closer to the centre than `radius`. */
function pushOutside(b: LabelBox, radius: number): void {
  for (let k = 0; k < 8; k++) {
    const d = distanceToBox(b);
    if (d >= radius - 1e-6) return;
    const [dx, dy] = polar(b.angle, 1);
    b.x += dx * (radius - d + 0.25);
    b.y += dy * (radius - d + 0.25);
  }
}

/**
 * Places each label just outside a circle of `radius` at its petal's angle: the block's edge
 * nearest the flower touches the circle (to the right on the right, above at the top…). Then
 * overlapping blocks are pushed apart along the axis where they overlap least, and back outside
 * the circle, until none overlap by `pad`.
 */
export function placeLabels(items: readonly LabelInput[], radius: number, lineHeight: number, pad = 3): LabelBox[] {
  const boxes: LabelBox[] = items.map((item) => {
    const s = Math.sin(item.angle);
    const u = Math.cos(item.angle);
    const [ax, ay] = polar(item.angle, radius);
    const height = item.lines.length * lineHeight;
    const box: LabelBox = {
      id: item.id,
      lines: item.lines,
      angle: item.angle,
      width: item.width,
      height,
      x: ax - (item.width * (1 - s)) / 2,
      y: ay - (height * (1 + u)) / 2,
      align: s > 0.35 ? 'start' : s < -0.35 ? 'end' : 'middle',
    };
    pushOutside(box, radius);
    return box;
  });

  for (let iteration = 0; iteration < 400; iteration++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!boxesOverlap(a, b, pad)) continue;
        moved = true;
        const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + pad;
        const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + pad;
        if (oy <= ox) {
          const dir = a.y + a.height / 2 <= b.y + b.height / 2 ? -1 : 1;
          a.y += (dir * oy) / 2 + dir * 0.01;
          b.y -= (dir * oy) / 2 + dir * 0.01;
        } else {
          const dir = a.x + a.width / 2 <= b.x + b.width / 2 ? -1 : 1;
          a.x += (dir * ox) / 2 + dir * 0.01;
          b.x -= (dir * ox) / 2 + dir * 0.01;
        }
      }
    }
    for (const box of boxes) pushOutside(box, radius);
    if (!moved) break;
  }
  return boxes;
}
