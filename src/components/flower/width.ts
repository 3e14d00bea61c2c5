import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The element's width in whole CSS pixels, followed with a ResizeObserver: the flower's layout
 * (label sizes, names or numbers on the rim) depends on it. 0 until it is known.
 */
export class WidthController implements ReactiveController {
  width = 0;
  #observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // A new width changes the drawing's height, which this observer sees again in the same frame;
      // applying it in the next frame avoids the browser's "ResizeObserver loop" error.
      if (width > 0 && width !== this.width) requestAnimationFrame(() => this.#set(width));
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Before the first render the observer has not reported yet: measured once, the first layout fits. */
  measureFirst(): void {
    if (!isServer && this.width === 0) this.width = Math.round(this.host.getBoundingClientRect().width);
  }

  #set(width: number): void {
    this.width = width;
    this.host.requestUpdate();
  }
}
