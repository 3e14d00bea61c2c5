/**
 * Export of the drawing as a standalone SVG document and as PNG. Styles live in the shadow root's
 * stylesheet and in custom properties, which a file cannot take along, so every drawn element gets
 * its computed paint and font as presentation attributes.
 */

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
