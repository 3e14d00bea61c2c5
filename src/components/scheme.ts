import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a computed CSS colour is light (white-ish text wants a dark scheme), or null when the
 * string is not one getComputedStyle gives. Light means: black text would contrast more with it
 * than white text, i.e. relative luminance above 0.179 (OKLab lightness above its cube root, 0.564).
 */
export function isLight(color: string): boolean | null {
  const numbers = color.match(/-?[\d.]+(?:e-?\d+)?%?/g)?.map((n) => (n.endsWith('%') ? parseFloat(n) / 100 : +n));
  if (!numbers || numbers.length < 3) return null;
  if (color.startsWith('oklab(') || color.startsWith('oklch(')) return numbers[0] > 0.564;
  if (color.startsWith('lab(') || color.startsWith('lch(')) return numbers[0] > 49.5;
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = color.startsWith('color(srgb')
    ? numbers
    : color.startsWith('rgb')
      ? numbers.map((n) => n / 255)
      : [];
  if (r === undefined) return null;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) > 0.179;
}

/**
 * Gives the element's wrapper the colour scheme its text colour implies, where the page's scheme
 * disagrees: light text under a light scheme (a host with a dark body but no `color-scheme`) makes
 * the wrapper `color-scheme: dark`; dark text under a dark scheme makes it `light`. Otherwise the
 * wrapper inherits the page's scheme, so a host that switches properly is followed at once. Without
 * this, such a host gets the light value of every `light-dark()` token and a white `Canvas` under
 * its light text. The text colour is the one the wrapper shows (inherited from the host, or paired
 * with `--seeds-color-surface`). It is read again in the frame after each render, when the OS scheme changes and
 * when the inherited colour changes (a colour transition of 1 ms on the wrapper reports that, as a
 * host switching to dark mode by a class on <body> triggers no render of ours).
 */
export class SchemeController implements ReactiveController {
  #media: MediaQueryList | undefined;
  #wrapper: HTMLElement | null = null;
  #frame: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wrapper: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    this.#media?.addEventListener('change', this.apply);
    if (this.#wrapper) this.apply();
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.apply);
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#frame = null;
  }

  hostUpdated(): void {
    const wrapper = this.wrapper();
    if (wrapper !== this.#wrapper) {
      this.#wrapper?.removeEventListener('transitionend', this.onTransition);
      wrapper?.addEventListener('transitionend', this.onTransition);
      this.#wrapper = wrapper;
      // A new wrapper gets its scheme before anything reads or paints it.
      this.apply();
      return;
    }
    // Later renders are checked once in the next frame, before it paints. Reading a computed style
    // right after a render makes the browser lay the page out there and then (inside a size
    // container, styles wait for layout), and again after each further render in the same task:
    // three extra layouts, some 25 ms, when the group view redraws 10,000 responses' figures.
    if (this.#frame === null) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = null;
        this.apply();
      });
    }
  }

  private readonly onTransition = (e: TransitionEvent) => {
    if (e.target === this.#wrapper && e.propertyName === 'color') this.apply();
  };

  /** Compares the wrapper's text colour with the scheme it inherits, and overrides only a mismatch. */
  readonly apply = (): void => {
    const wrapper = this.#wrapper;
    if (!wrapper?.isConnected) return;
    const light = isLight(getComputedStyle(wrapper).color);
    if (light === null) return;
    const wanted = light ? 'dark' : 'light';
    // CSSOM, not a style attribute: allowed under a strict style-src.
    if (wanted === inheritedScheme(this.host)) wrapper.style.removeProperty('color-scheme');
    else wrapper.style.setProperty('color-scheme', wanted);
  };
}

/**
 * The scheme the host element inherits from the page (its `color-scheme`, a `<meta name="color-scheme">`
 * and the OS preference together), read from a `light-dark()` probe the base styles put on :host.
 */
function inheritedScheme(host: HTMLElement): 'light' | 'dark' {
  return getComputedStyle(host).columnRuleColor === SCHEME_PROBE.dark ? 'dark' : 'light';
}

/** The probe's two values (tokens.ts sets `column-rule-color: light-dark(…)` on :host; no rule is drawn). */
export const SCHEME_PROBE = { light: 'rgb(0, 0, 1)', dark: 'rgb(0, 0, 2)' } as const;
