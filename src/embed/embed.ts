import { readEmbedOptions } from './options.js';

/**
 * The script of `dist/embed.html`: a page that holds one `<seeds-of-innovation>` for an `<iframe>`
 * (SharePoint, a locked-down WordPress). Attributes come from the query string (options.ts); the
 * page's height goes to the parent as `{ type: 'seeds-of-innovation:height', height, frame }`
 * whenever it changes, so the parent can size the frame without a scroll bar. Heights are not
 * secret: without `origin=` they are posted to any parent ('*'); with it, only to that origin.
 * The parent must check `event.origin` (where this page is served) and `event.source`.
 */
export const HEIGHT_MESSAGE = 'seeds-of-innovation:height';

const options = readEmbedOptions(location.search, (value) => CSS.supports('color', value));
const root = document.documentElement;
root.dataset.scheme = options.scheme;
if (options.accent) root.style.setProperty('--seeds-color-accent', options.accent);
const lang = options.attributes.get('lang');
if (lang === 'nl' || lang === 'en') root.lang = lang;
if (options.ignored.length) {
  console.warn(`seeds-of-innovation embed: ignored query parameters: ${options.ignored.join('; ')}`);
}

const el = document.createElement('seeds-of-innovation');
for (const [name, value] of options.attributes) el.setAttribute(name, value);
document.querySelector('main')!.append(el);

let last = -1;
const report = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height, frame: options.frame }, options.targetOrigin);
};
new ResizeObserver(report).observe(root);
