import { whenIdle } from '../../internal/idle.js';

/**
 * Registers `<seeds-flower>` from its own file (the flower is a third of the code, and the
 * questionnaire does not need it): at once when the page already has one; on a page with
 * `<seeds-of-innovation>`, with the later views that widget fetches ahead once its first screen is
 * shown (not before: that file would compete with the first screen); else in idle time.
 * A host that creates one later and needs its methods at once awaits
 * `customElements.whenDefined('seeds-flower')`.
 */
export function defineFlowerLater(): void {
  const define = () =>
    void import('./define.js').catch((error: unknown) =>
      // The widget loads the flower again with the view that shows it; a page's own flower stays empty.
      console.warn(`<seeds-flower> could not be loaded: ${String(error)}`),
    );
  if (typeof document === 'undefined' || document.querySelector('seeds-flower')) define();
  else if (!document.querySelector('seeds-of-innovation')) whenIdle(define);
}
