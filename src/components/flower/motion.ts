/**
 * Motion through the Web Animations API: the DOM always holds the final geometry (`d` attributes
 * are set by the template), and animations only paint the way there. Nothing runs under
 * `prefers-reduced-motion: reduce`.
 */

const DURATION = 450;
const EASING = 'cubic-bezier(0.22, 0.61, 0.36, 1)';

/** The `d` each animated path showed after the previous update. */
const previous = new WeakMap<Element, string>();
/** A morph under way, with the shapes it runs between. */
const running = new WeakMap<Element, { animation: Animation }>();

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The petals grow from the heart: the first time there is something to show. */
export function bloom(root: ParentNode): void {
  root.querySelector('.bloom')?.animate([{ transform: 'scale(0)' }, { transform: 'scale(1)' }], {
    duration: DURATION * 1.5,
    easing: EASING,
  });
}

/**
 * Morphs every `path.anim` whose `d` changed since the last call from its old shape to the new one.
 * With `recordOnly` (a new layout, reduced motion) it only remembers the shapes.
 */
export function animateChanges(root: ParentNode, recordOnly: boolean): void {
  for (const el of root.querySelectorAll('path.anim')) {
    const d = el.getAttribute('d') ?? '';
    const before = previous.get(el);
    previous.set(el, d);
    const current = running.get(el);
    if (recordOnly) {
      current?.animation.cancel();
      continue;
    }
    if (before === undefined || before === d) continue;
    // Start from what is on screen when an earlier change is still under way. Reading the animated
    // `d` costs one style computation, and only on an interrupted morph; interpolating the strings
    // ourselves needed d3-interpolate, which drags d3-color's ~10 KB into the bundle.
    let from = before;
    if (current?.animation.playState === 'running') {
      from = /^path\("(.*)"\)$/.exec(getComputedStyle(el).getPropertyValue('d'))?.[1] ?? before;
    }
    current?.animation.cancel();
    const animation = el.animate([{ d: `path("${from}")` }, { d: `path("${d}")` }], {
      duration: DURATION,
      easing: EASING,
    });
    running.set(el, { animation });
  }
}
