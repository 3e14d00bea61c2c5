// The collector's cursor reads, as the group view's SourcePoller uses them: a read names where the
// list ends (`Seeds-Cursor`) and how many it holds (`Seeds-Count`); the next asks `?after=<cursor>`.

/** Where a list ends, as the source names it: read from `value` next; `count` entries up to there. */
export interface Cursor {
  readonly value: string;
  readonly count: number;
}

/** A list's text as read, with its tag and cursor. */
export interface Read {
  readonly text: string;
  readonly tag: string | null;
  readonly cursor: Cursor | null;
}

const WHOLE = /^\d{1,15}$/;

/** The cursor a source names in `Seeds-Cursor` and `Seeds-Count`, or null (both must be whole numbers). */
export function cursorOf(headers: Headers): Cursor | null {
  const value = headers.get('Seeds-Cursor');
  const count = headers.get('Seeds-Count');
  return value !== null && count !== null && WHOLE.test(value) && WHOLE.test(count)
    ? { value, count: Number(count) }
    : null;
}

/** `url` asking for what came after `cursor` (any `after` it had replaced). */
export function withAfter(url: string, cursor: string): string {
  const u = new URL(url, globalThis.location?.href);
  u.searchParams.set('after', cursor);
  return u.toString();
}
