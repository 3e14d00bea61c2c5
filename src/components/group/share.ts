import { html, nothing, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';
import type { GroupStrings } from '../../content/group-strings.js';
import type { Locale } from '../../model/locale.js';

/** Only links people can open; anything else (javascript:, data:) is not shown at all. */
export function safeLink(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The QR code's dark modules as rectangles, one per run of dark modules in a row (a few hundred
 * elements rather than a thousand). `uqr` does the encoding; we only draw its module matrix.
 */
export function qrRuns(text: string): { size: number; runs: { x: number; y: number; w: number }[] } {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const size = data.length;
  const runs: { x: number; y: number; w: number }[] = [];
  data.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        runs.push({ x: start, y, w: (dark ? x + 1 : x) - start });
        start = -1;
      }
    });
  });
  return { size, runs };
}

/** Copies the link; resolves with the sentence that says whether it worked. */
export async function copyLink(url: string, t: GroupStrings): Promise<string> {
  try {
    await navigator.clipboard.writeText(url);
    return t.share.copied;
  } catch {
    return t.share.copyFailed;
  }
}

let cache: { text: string; qr: ReturnType<typeof qrRuns> } | null = null;

/** The participants' link: as a link, a copy button and a QR code. Nothing when there is no usable link. */
export function renderShare(
  t: GroupStrings,
  url: string | null,
  _locale: Locale,
  status: string,
  onCopy: (url: string) => void,
): TemplateResult | typeof nothing {
  if (!url) return nothing;
  if (cache?.text !== url) cache = { text: url, qr: qrRuns(url) };
  const { size, runs } = cache.qr;
  return html`<section class="share" aria-labelledby="share-heading" part="share">
    <h3 id="share-heading">${t.share.heading}</h3>
    <p><a href=${url} target="_blank" rel="noopener noreferrer">${url}</a></p>
    <div class="buttons">
      <button type="button" data-action="copy" @click=${() => onCopy(url)}>${t.share.copy}</button>
    </div>
    <p role="status" class="meta">${status}</p>
    <svg class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${t.share.qr(url)} shape-rendering="crispEdges">
      <rect class="qr-light" width=${size} height=${size}></rect>
      ${runs.map((r) => svg`<rect class="qr-dark" x=${r.x} y=${r.y} width=${r.w} height="1"></rect>`)}
    </svg>
  </section>`;
}
