/**
 * A random (version 4) UUID. `crypto.randomUUID()` exists only in secure contexts, so a page on
 * plain http (an intranet) falls back to the same format built from `crypto.getRandomValues()`.
 *
 * @example
 * ```ts
 * const id = randomId(); // "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
 * ```
 */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
