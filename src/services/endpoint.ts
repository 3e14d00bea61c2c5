/** The result of checking an `endpoint` value: the absolute URL to POST to, or why it is refused. */
export type EndpointResult =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

const ALLOWED_PROTOCOLS = ['http:', 'https:'];

/**
 * Resolves an endpoint against the document's base URL and accepts only `http:` and `https:`.
 * Everything else (`javascript:`, `data:`, `blob:`, `file:`, an unparseable value, a URL with a
 * user name or password, which `fetch` refuses anyway) is refused with a readable reason, so
 * nothing is ever sent there.
 *
 * @param value The `endpoint` attribute or property as the host set it.
 * @param baseURI Pass `element.ownerDocument.baseURI` (or `document.baseURI`).
 *
 * @example
 * ```ts
 * const endpoint = resolveEndpoint(this.endpoint, this.ownerDocument.baseURI);
 * if (!endpoint.ok) emit(this, 'seeds-error', { code: 'invalid-endpoint', message: endpoint.reason });
 * ```
 */
export function resolveEndpoint(value: string | null | undefined, baseURI: string): EndpointResult {
  const text = (value ?? '').trim();
  if (!text) return { ok: false, reason: 'The endpoint is empty.' };
  let url: URL;
  try {
    url = new URL(text, baseURI);
  } catch {
    return { ok: false, reason: `The endpoint ${show(text)} is not a valid URL.` };
  }
  if (!ALLOWED_PROTOCOLS.includes(url.protocol)) {
    return {
      ok: false,
      reason: `The endpoint ${show(text)} uses "${url.protocol}"; only http: and https: URLs are allowed.`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: `The endpoint ${show(text)} contains a user name or password; use the request hook for credentials.`,
    };
  }
  return { ok: true, url: url.href };
}

/** True for an absolute `http:`/`https:` URL without credentials (what `resolveEndpoint` returns). */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return ALLOWED_PROTOCOLS.includes(url.protocol) && !url.username && !url.password;
  } catch {
    return false;
  }
}

// Never echo a long `data:` URL or script body back into a message in full.
function show(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
