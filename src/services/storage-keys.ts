/**
 * How records are keyed in IndexedDB: `<namespace>:<kind>:<id>`, with a namespace prefix that no
 * other namespace's prefix can start with. Apart from SeedsStorage because the state layer and
 * tests compute keys and prefixes without opening storage.
 */

export const DEFAULT_NAMESPACE = 'default';

export type RecordKind = 'draft' | 'history' | 'outbox' | 'group-agenda';

/** `community` or `storage-key` → the namespace used; empty → `default`. */
export function normalizeNamespace(namespace: string | null | undefined): string {
  return (namespace ?? '').trim() || DEFAULT_NAMESPACE;
}

/**
 * The key prefix of a namespace. The namespace is URI-encoded so that no namespace's prefix can
 * be the start of another's (`a:` never matches the keys of `a:b`).
 */
export function namespacePrefix(namespace: string | null | undefined): string {
  const encoded = encodeURIComponent(normalizeNamespace(namespace));
  if (encoded.length <= MAX_KEY_NAMESPACE) return `${encoded}:`;
  // A very long community name would make every key (and every IndexedDB lookup) that long: keep
  // its start for people reading the database and a hash of the whole. "#" never occurs in an
  // encoded name, so a hashed prefix cannot equal or start another namespace's prefix.
  const name = normalizeNamespace(namespace);
  return `${encodeURIComponent(name.slice(0, 32))}#${hash(name)}:`;
}

/** Longest encoded namespace used in keys as it is; a longer one is shortened with a hash. */
export const MAX_KEY_NAMESPACE = 200;

/** cyrb53: a fast 53-bit string hash (not for security: only to shorten keys), as 14 hex digits. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The key of one record: `<namespace>:<kind>:<id>`, e.g. `greenport:history:1b4e28ba-…`. */
export function recordKey(namespace: string | null | undefined, kind: RecordKind, id: string): string {
  return `${namespacePrefix(namespace)}${kind}:${id}`;
}
