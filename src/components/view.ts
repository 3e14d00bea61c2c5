import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { seedsContext, type SeedsContext } from '../state/context.js';
import { focusHeading } from './focus-heading.js';

/**
 * A screen of `<seeds-of-innovation>`: it reads the language, texts and model from the root's
 * context, and `focus()` puts focus on its own heading (the root calls it after navigating here).
 */
export class SeedsView extends LitElement {
  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  /** Focuses this view's heading. */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }
}
