/**
 * WCAG contrast of computed colours, as a host page really shows them. The browser parses every
 * colour syntax the styles use (`oklch(from …)`, `color-mix()`, `light-dark()` already resolved by
 * getComputedStyle) by painting it on a 1×1 canvas and reading the pixel back.
 */
type Rgba = [number, number, number, number];

const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A computed CSS colour as sRGB 0–255 with alpha 0–1. */
export function rgba(color: string): Rgba {
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG 2 contrast ratio of a (possibly translucent) foreground over an opaque background. */
export function contrast(fg: string | Rgba, bg: string | Rgba): number {
  const back = typeof bg === 'string' ? rgba(bg) : bg;
  const front = over(typeof fg === 'string' ? rgba(fg) : fg, back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

/** The parent in the flattened tree: through slots and out of shadow roots. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `el`: its own and its ancestors' backgrounds, down to the canvas (white). */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const layer = rgba(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Contrast of an element's text colour with what is behind it. */
export function textContrast(el: Element): number {
  return contrast(getComputedStyle(el).color, backgroundOf(el));
}
