import type { SeedsResponse } from '../../model/response.js';

/**
 * Names for measurements that a reader can tell apart: the date; the time as well when another
 * measurement shares that date; a number when even the minute is shared; the round's name first
 * when the host measures in rounds. Pure (Intl only).
 */
export function measurementNames(responses: readonly SeedsResponse[], locale: string): string[] {
  const day = (r: SeedsResponse) => new Date(r.completedAt).toLocaleDateString(locale, { dateStyle: 'medium' });
  const time = (r: SeedsResponse) => new Date(r.completedAt).toLocaleTimeString(locale, { timeStyle: 'short' });
  const days = responses.map(day);
  const names = responses.map((r, i) => {
    const shared = days.filter((d) => d === days[i]).length > 1;
    return shared ? `${days[i]}, ${time(r)}` : days[i];
  });
  // Same minute (or the same clock on two devices): number them in order.
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return names.map((n, i) => {
    const round = responses[i].round;
    let name = n;
    if ((counts.get(n) ?? 0) > 1) {
      const k = (seen.get(n) ?? 0) + 1;
      seen.set(n, k);
      name = `${n} (${k})`;
    }
    return round ? `${round} · ${name}` : name;
  });
}

/** A change in points: "+12", "−5" with a true minus sign, or "0"; and its direction. */
export function formatChange(delta: number): { text: string; direction: 'up' | 'down' | 'same' } {
  const r = Math.round(delta) || 0;
  if (r > 0) return { text: `+${r}`, direction: 'up' };
  if (r < 0) return { text: `\u2212${-r}`, direction: 'down' };
  return { text: '0', direction: 'same' };
}
