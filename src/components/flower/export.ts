/**
 * Export of the drawing as a standalone SVG document and as PNG. Styles live in the shadow root's
 * stylesheet and in custom properties, which a file cannot take along, so every drawn element gets
 * its computed paint and font as presentation attributes.
 */

import { paintSvg } from './canvas.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties copied onto each element as attributes. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
] as const;

export interface SvgExportOptions {
  /** A background colour to paint under the flower; transparent when left out. */
  readonly background?: string;
}

/** Serialises `source` (a rendered `<svg>`) with its computed look inlined. Nothing external is referenced. */
export function serializeSvg(source: SVGSVGElement, options: SvgExportOptions = {}): string {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((original, i) => {
    const target = to[i];
    const style = getComputedStyle(original);
    for (const name of PRESENTATION) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    if (style.display === 'none') target.setAttribute('display', 'none');
    for (const name of ['class', 'part', 'style', 'tabindex']) target.removeAttribute(name);
  });
  const { width, height } = source.viewBox.baseVal;
  // A file has no aria-label reader: its name goes into <title>, the first child, as SVG asks.
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = source.getAttribute('aria-label') ?? '';
  copy.insertBefore(title, copy.firstChild);
  copy.removeAttribute('aria-label');
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (options.background) {
    const { x, y } = source.viewBox.baseVal;
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x, y, width, height })) rect.setAttribute(k, String(v));
    rect.setAttribute('fill', options.background);
    copy.insertBefore(rect, copy.querySelector('desc')?.nextSibling ?? copy.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Draws an SVG document into a canvas at `scale` × its size and resolves with a PNG. */
/**
 * The flower as a PNG. Painted on a canvas from the exported SVG rather than loaded as an image:
 * a strict Content-Security-Policy (img-src without blob: or data:) refuses an SVG image.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const factor = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas is available to draw the flower.');
  paintSvg(context, svgText, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}
