import { paintSvg } from './canvas.js';

// The PNG export, a file of its own in the builds (issue 13): a participant who never downloads the
// flower as an image never loads the canvas painter. `<seeds-flower>.toPNG()` loads it.

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
