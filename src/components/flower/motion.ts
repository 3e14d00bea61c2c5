/**
 * Motion: shapes move by CSS transitions on `d` (see `.anim` in styles.ts). The DOM always holds
 * the final geometry; the browser starts a transition when a `d` changes, from what is on screen
 * when an earlier one is still under way, without any script: a changed score costs no animation
 * set-up and no forced style computation. Nothing moves under `prefers-reduced-motion: reduce`.
 */

const DURATION = 450;
const EASING = 'cubic-bezier(0.22, 0.61, 0.36, 1)';

/** One live query for the page: asking `matchMedia` again on every update costs more than reading it. */
let reduced: MediaQueryList | undefined;

export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  reduced ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reduced.matches;
}

/** The petals grow from the heart: the first time there is something to show. */
export function bloom(root: ParentNode): void {
  root.querySelector('.bloom')?.animate([{ transform: 'scale(0)' }, { transform: 'scale(1)' }], {
    duration: DURATION * 1.5,
    easing: EASING,
  });
}
