import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SeedsContext } from '../state/context.js';
import { focusHeading } from './focus-heading.js';

/**
 * A screen of `<seeds-of-innovation>`: it reads the language, texts and model from the `context`
 * the root sets, and `focus()` puts focus on its own heading (the root calls it after navigating here).
 */
export class SeedsView extends LitElement {
  /** The language, texts and model, from the root. */
  @property({ attribute: false }) context!: SeedsContext;

  /** Focuses this view's heading. */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }
}
