/**
 * Paints an exported flower SVG (see `serializeSvg`: every element carries its paint and font as
 * attributes) onto a canvas with Path2D and fillText. Loading the SVG as an image instead needs
 * `blob:` or `data:` in img-src, which a strict Content-Security-Policy refuses.
 * It covers exactly what the flower draws: g, path, circle, rect, text with tspan or textPath.
 */

type Ctx = CanvasRenderingContext2D;

const num = (el: Element, name: string, fallback = 0): number => {
  const value = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
};

/** Draws `svgText` into `ctx`, scaled so its viewBox fills `width` × `height` pixels. */
export function paintSvg(ctx: Ctx, svgText: string, width: number, height: number): void {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error('Not an SVG document.');
  const [vx, vy, vw, vh] = (root.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).split(/[\s,]+/).map(Number);
  ctx.save();
  ctx.scale(width / vw, height / vh);
  ctx.translate(-vx, -vy);
  const paths = new Map([...root.querySelectorAll('path[id]')].map((p) => [p.id, p.getAttribute('d') ?? '']));
  paintChildren(ctx, root, paths);
  ctx.restore();
}

function paintChildren(ctx: Ctx, parent: Element, paths: Map<string, string>): void {
  for (const el of parent.children) {
    switch (el.localName) {
      case 'g':
        paintChildren(ctx, el, paths);
        break;
      case 'path':
        shape(ctx, el, new Path2D(el.getAttribute('d') ?? ''));
        break;
      case 'circle': {
        const p = new Path2D();
        p.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
        shape(ctx, el, p);
        break;
      }
      case 'rect': {
        const p = new Path2D();
        p.rect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height'));
        shape(ctx, el, p);
        break;
      }
      case 'text':
        text(ctx, el, paths);
        break;
    }
  }
}

function paint(el: Element, kind: 'fill' | 'stroke'): string | null {
  const value = el.getAttribute(kind);
  return value && value !== 'none' && value !== 'transparent' ? value : null;
}

function shape(ctx: Ctx, el: Element, path: Path2D): void {
  const opacity = num(el, 'opacity', 1);
  const fill = paint(el, 'fill');
  if (fill) {
    ctx.globalAlpha = opacity * num(el, 'fill-opacity', 1);
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  const stroke = paint(el, 'stroke');
  const width = num(el, 'stroke-width', 1);
  if (stroke && width > 0) {
    ctx.globalAlpha = opacity * num(el, 'stroke-opacity', 1);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    ctx.lineJoin = (el.getAttribute('stroke-linejoin') as CanvasLineJoin) || 'miter';
    ctx.lineCap = (el.getAttribute('stroke-linecap') as CanvasLineCap) || 'butt';
    const dash = el.getAttribute('stroke-dasharray');
    ctx.setLineDash(
      dash && dash !== 'none'
        ? dash
            .split(/[\s,]+/)
            .map(parseFloat)
            .filter(Number.isFinite)
        : [],
    );
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}

function font(ctx: Ctx, el: Element): void {
  const style = el.getAttribute('font-style') ?? 'normal';
  const weight = el.getAttribute('font-weight') ?? '400';
  ctx.font = `${style} ${weight} ${num(el, 'font-size', 13)}px ${el.getAttribute('font-family') ?? 'sans-serif'}`;
  ctx.fillStyle = paint(el, 'fill') ?? 'black';
  ctx.globalAlpha = num(el, 'opacity', 1) * num(el, 'fill-opacity', 1);
}

const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

function text(ctx: Ctx, el: Element, paths: Map<string, string>): void {
  font(ctx, el);
  ctx.textAlign = ALIGN[el.getAttribute('text-anchor') ?? 'start'] ?? 'left';
  ctx.textBaseline = /central|middle/.test(el.getAttribute('dominant-baseline') ?? '') ? 'middle' : 'alphabetic';
  const along = el.querySelector('textPath');
  if (along) {
    textAlongPath(ctx, along, paths.get((along.getAttribute('href') ?? '').slice(1)) ?? '');
  } else if (el.querySelector('tspan')) {
    for (const span of el.querySelectorAll('tspan'))
      ctx.fillText(span.textContent ?? '', num(span, 'x'), num(span, 'y'));
  } else {
    ctx.fillText(el.textContent?.trim() ?? '', num(el, 'x'), num(el, 'y'));
  }
  ctx.globalAlpha = 1;
}

/** Centred text along a path, a glyph at a time, each turned along the curve. */
function textAlongPath(ctx: Ctx, el: Element, d: string): void {
  const label = el.textContent?.trim() ?? '';
  if (!label || !d) return;
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  const length = path.getTotalLength();
  let offset = length / 2 - ctx.measureText(label).width / 2;
  ctx.save();
  ctx.textAlign = 'left';
  for (const glyph of label) {
    const w = ctx.measureText(glyph).width;
    const a = path.getPointAtLength(Math.max(0, offset));
    const b = path.getPointAtLength(Math.min(length, offset + w));
    ctx.save();
    ctx.translate(a.x, a.y);
    ctx.rotate(Math.atan2(b.y - a.y, b.x - a.x));
    ctx.fillText(glyph, 0, 0);
    ctx.restore();
    offset += w;
  }
  ctx.restore();
}
