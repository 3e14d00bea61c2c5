/**
 * Focuses a view's heading (`h2` with `tabindex="-1"`), so keyboard and screen-reader users start at
 * the top of a new screen. Views call it from their own `focus()`; the root's navigation calls that.
 */
export function focusHeading(root: ParentNode, options?: FocusOptions): void {
  root.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus(options);
}
