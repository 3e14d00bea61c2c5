/**
 * What the embeddable page (`dist/embed.html`, for an `<iframe>`) reads from its query string.
 * Only the element's own attribute names pass, each at most once and at most 2,000 characters; the
 * element validates their values as it does for any attribute (and reports a bad one with
 * `seeds-error`). Values are only ever set with setAttribute, so they stay text. A few names belong
 * to the page: `scheme`, `accent`, `origin`, `frame`.
 */
export interface EmbedOptions {
  /** Attribute name → value, for `<seeds-of-innovation>`. */
  readonly attributes: ReadonlyMap<string, string>;
  /** The page's colour scheme: `light` (default), `dark`, or `auto` (the visitor's OS). */
  readonly scheme: 'light' | 'dark' | 'auto';
  /** A CSS colour for `--seeds-color-accent`, when one was given and the browser accepts it. */
  readonly accent: string | null;
  /** Where height messages go: the parent page's origin when given, else any (`*`). */
  readonly targetOrigin: string;
  /** Echoed in every message, so a page with several frames knows which one spoke. */
  readonly frame: string | null;
  /** Parameters that were left out, with why (for one console warning). */
  readonly ignored: readonly string[];
}

/** The attributes a host may set through the query string (`source` is left out: it needs a token header). */
export const EMBED_ATTRIBUTES = [
  'lang',
  'instrument',
  'community',
  'storage-key',
  'endpoint',
  'consent',
  'view',
  'readonly',
  'round',
  'min-group',
  'share-url',
  'presentation',
] as const;

const BOOLEAN = new Set(['readonly', 'presentation']);
const PAGE = new Set(['scheme', 'accent', 'origin', 'frame']);
const MAX_LENGTH = 2000;

/** An origin as `location.origin` spells it (`https://example.org`), or null. */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '')
      ? url.origin
      : null;
  } catch {
    return null;
  }
}

/** Reads the query string; `isColour` is `CSS.supports('color', value)` in the page. */
export function readEmbedOptions(search: string, isColour: (value: string) => boolean): EmbedOptions {
  const params = new URLSearchParams(search);
  const attributes = new Map<string, string>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  let scheme: EmbedOptions['scheme'] = 'light';
  let accent: string | null = null;
  let targetOrigin = '*';
  let frame: string | null = null;
  for (const [name, value] of params) {
    const known = (EMBED_ATTRIBUTES as readonly string[]).includes(name) || PAGE.has(name);
    if (!known) ignored.push(`${name} (unknown)`);
    else if (seen.has(name)) ignored.push(`${name} (given twice; the first counts)`);
    else if (value.length > MAX_LENGTH) ignored.push(`${name} (longer than ${MAX_LENGTH} characters)`);
    if (!known || seen.has(name) || value.length > MAX_LENGTH) continue;
    seen.add(name);
    if (name === 'scheme') {
      if (value === 'light' || value === 'dark' || value === 'auto') scheme = value;
      else ignored.push('scheme (light, dark or auto)');
    } else if (name === 'accent') {
      if (isColour(value)) accent = value;
      else ignored.push('accent (not a CSS colour)');
    } else if (name === 'origin') {
      const origin = originOf(value);
      if (origin) targetOrigin = origin;
      else ignored.push('origin (not an http(s) origin such as https://example.org)');
    } else if (name === 'frame') {
      frame = value;
    } else if (BOOLEAN.has(name)) {
      if (value === '' || value === 'true') attributes.set(name, '');
      else if (value !== 'false') ignored.push(`${name} (true or false)`);
    } else {
      attributes.set(name, value);
    }
  }
  return { attributes, scheme, accent, targetOrigin, frame, ignored };
}
