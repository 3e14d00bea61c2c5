import { estimateWidth, type Measure } from './labels.js';

let context: CanvasRenderingContext2D | null | undefined;

/** Measures text in the element's own font with a canvas; falls back to an estimate without one. */
export function canvasMeasure(fontFamily: string): Measure {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return estimateWidth;
  const family = fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${size}|${bold ? 1 : 0}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${bold ? 600 : 400} ${size}px ${family}`;
      // A few per cent of slack for hinting and for a web font that replaces the fallback later.
      width = ctx.measureText(text).width * 1.04;
      cache.set(key, width);
    }
    return width;
  };
}
