/**
 * Registers `<seeds-flower>` from its own file (the flower and d3 are a third of the code, and the
 * questionnaire does not need them): at once when the page already has one, else in idle time.
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
  else if (typeof requestIdleCallback === 'function') requestIdleCallback(define, { timeout: 2000 });
  else setTimeout(define, 200);
}
