import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { ghostPetals } from './ghost.js';

export interface EmptyStateOptions {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
  /** The one main action; the group view has none (its text says what the facilitator does). */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

const PETALS = ghostPetals();

/**
 * An empty screen (no results, no history, no group answers yet): a heading that takes focus, a
 * ghost flower, one sentence and at most one primary action. A template, not an element, so the
 * heading lives in the view's own shadow root and the view's `focus()` finds it.
 */
export function renderEmptyState(o: EmptyStateOptions): TemplateResult {
  return html`<section class="empty" part="empty" aria-labelledby=${o.id}>
    <h2 id=${o.id} tabindex="-1" data-screen>${o.heading}</h2>
    <svg class="ghost-flower" viewBox="-64 -64 128 128" aria-hidden="true" focusable="false">
      ${PETALS.map((p) => svg`<path d=${p.d}></path>`)}
      <circle r="14"></circle>
    </svg>
    <p>${o.text}</p>
    ${
      o.action
        ? html`<p>
            <button type="button" class="primary" part="button button-primary" @click=${o.action.onClick}>
              ${o.action.label}
            </button>
          </p>`
        : nothing
    }
  </section>`;
}

/** Styles of `renderEmptyState`, for the views that show it. */
export const emptyStyles = css`
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: 0.5em;
    padding: 1em 0 1.5em;
  }
  .empty p {
    max-width: 32rem;
    margin: 0;
    line-height: 1.5;
  }
  .ghost-flower {
    width: min(10rem, 50vw);
    height: auto;
  }
  .ghost-flower path,
  .ghost-flower circle {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  @media print {
    .empty button {
      display: none;
    }
  }
`;
