/**
 * Presentation mode's keys: the arrow keys step through the factors to discuss, around in a
 * circle. The new step, or null when the key is not ours: another key, a key in a form field (a
 * round selector keeps its arrows), or in the flower (which moves between its petals with them).
 * A key that is ours has its default prevented (no scrolling on the projector).
 */
export function presentationStep(event: KeyboardEvent, step: number, count: number): number | null {
  const path = event.composedPath();
  if (path.some((n) => n instanceof HTMLElement && n.localName === 'seeds-flower')) return null;
  const target = path[0];
  if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) return null;
  const delta = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 } as Record<string, number>)[event.key];
  if (!delta) return null;
  event.preventDefault();
  return count ? (step + delta + count) % count : null;
}
