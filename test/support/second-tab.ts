import type { SeedsOfInnovation } from '../../src/index.js';
import { until } from './dom.js';
import { settle } from './widget.js';

/**
 * A second "tab": a same-origin iframe that loads the widget in a realm of its own. It shares
 * IndexedDB, Web Locks and BroadcastChannel with the test page, as another tab of the browser
 * would; it does not share the page's stores (one per namespace per realm).
 */
export async function openTab(community: string, lang = 'en') {
  const frame = document.createElement('iframe');
  frame.title = 'second tab';
  const script = new URL('./tab-frame.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><script type="module" src="${script}"></script>
<seeds-of-innovation lang="${lang}" community="${community}"></seeds-of-innovation></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await until(() => win.customElements.get('seeds-of-innovation'), 'the second tab to define the widget');
  const el = win.document.querySelector('seeds-of-innovation') as SeedsOfInnovation;
  await settle(el);
  return { el, close: () => frame.remove() };
}
