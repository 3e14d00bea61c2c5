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
 * Gives the element's wrapper the colour scheme its text colour implies: light text (a dark host
 * page) → `color-scheme: dark`, dark text → `light`. A host with a dark body but no `color-scheme`
 * would otherwise get the light values of every `light-dark()` token and a white `Canvas` under
 * its light text. The text colour is the one the wrapper shows (inherited from the host, or paired
 * with `--seeds-color-surface`). It is read again after each render, when the OS scheme changes and
 * when the inherited colour changes (a 1 ms colour transition on the wrapper reports that: a host
 * switching to dark mode by a class on <body> triggers no render of ours).
 */
export class SchemeController implements ReactiveController {
  #applied: 'light' | 'dark' | null = null;
  #media: MediaQueryList | undefined;
  #wrapper: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost,
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
  }

  hostUpdated(): void {
    const wrapper = this.wrapper();
    if (wrapper !== this.#wrapper) {
      this.#wrapper?.removeEventListener('transitionend', this.onTransition);
      wrapper?.addEventListener('transitionend', this.onTransition);
      this.#wrapper = wrapper;
      this.#applied = null;
    }
    this.apply();
  }

  private readonly onTransition = (e: TransitionEvent) => {
    if (e.target === this.#wrapper && e.propertyName === 'color') this.apply();
  };

  /** Reads the wrapper's text colour and sets its scheme; a no-op when nothing changed. */
  readonly apply = (): void => {
    const wrapper = this.#wrapper;
    if (!wrapper?.isConnected) return;
    const light = isLight(getComputedStyle(wrapper).color);
    if (light === null) return;
    const scheme = light ? 'dark' : 'light';
    if (scheme === this.#applied) return;
    this.#applied = scheme;
    // CSSOM, not a style attribute: allowed under a strict style-src.
    wrapper.style.setProperty('color-scheme', scheme);
  };
}
