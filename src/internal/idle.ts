/**
 * Runs `fn` when the browser is idle (at the latest after two seconds): for files fetched ahead
 * after the first screen, so that they do not compete with it. Safari has no requestIdleCallback:
 * a short timeout does the same job there.
 */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 2000 });
  else setTimeout(fn, 200);
}
