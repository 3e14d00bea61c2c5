// Apart from ./backoff.ts: only the outbox's file reads the header, while the group view's file
// backs off too; a helper both later files share would otherwise sit in the entry (issue 13).

/**
 * A `Retry-After` header in ms from `now`: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Undefined when absent or unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Chromium's Date.parse accepts almost anything ("1.5"); an HTTP date always names a day or month.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
