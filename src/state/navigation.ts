import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { View } from './config.js';
import type { Configuration } from './configuration.js';

/** What the element shows: one of the public views, or the consent step. */
export type Screen = View | 'consent';

export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  /** The public, reflected `view`: kept in step with the screen so the host can follow. */
  view: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The screen shown and the focus that goes with it. Follows the host's `view`; `go(screen)` moves
 * there, writes `view` back (not for the consent step, which is no public view) and then focuses
 * the new screen: the element marked `data-screen` in the host's render root, whose `focus()`
 * focuses its own heading (views are elements that override `focus()`, or an `h2` with
 * `tabindex="-1"` rendered by the root).
 *
 * @example
 * ```ts
 * private readonly nav = new Navigation(this, this.config);
 * render() { return this.nav.screen === 'history' ? html`<seeds-history data-screen …>` : … }
 * onHistory = () => this.nav.go('history');
 * ```
 */
export class Navigation implements ReactiveController {
  screen: Screen = 'questionnaire';

  constructor(
    private readonly host: NavigationHost,
    private readonly config: Configuration,
  ) {
    host.addController(this);
  }

  /** Runs after the configuration's `hostUpdate` (controllers run in the order they were added). */
  hostUpdate(): void {
    if (this.config.changed.has('view')) this.screen = this.config.view;
  }

  /** Moves to a screen, keeps `view` in step, and puts focus on the new screen's heading. */
  async go(screen: Screen): Promise<void> {
    this.screen = screen;
    if (screen !== 'consent') this.host.view = screen;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>('[data-screen]');
    if (target && 'updateComplete' in target)
      await (target as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    target?.focus();
  }

  /** Shows a screen without moving focus (on load, when the host page decides focus). */
  show(screen: Screen): void {
    this.screen = screen;
    this.host.requestUpdate();
  }
}
