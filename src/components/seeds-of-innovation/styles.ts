import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base, surface } from '../../styles/tokens.js';

export const styles = [
  base,
  surface,
  controls,
  css`
    :host {
      display: block;
      max-width: var(--seeds-max-width, 56rem);
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    .notice {
      border-left: 4px solid var(--_danger);
      padding: 0.5em 0.75em;
      margin: 0;
    }
    h2 {
      font-size: 1.35em;
      margin: 0;
    }
    h2:focus {
      outline: none;
    }
    .panel ul {
      padding-left: 1.25em;
      line-height: 1.5;
    }
    .meta {
      color: var(--_muted);
    }
    .delivery {
      border-left: 4px solid var(--_accent);
      padding: 0.25em 0.75em;
    }
    .delivery.failed {
      border-left-color: var(--_danger);
    }
    .delivery p {
      margin: 0.25em 0;
    }
    .tools {
      border-top: 1px solid var(--_border);
      padding-top: var(--_gap);
    }
    .tools p {
      margin: 0.5em 0;
    }
    button.danger {
      border-color: var(--_danger);
    }
    /* Quiet: a link in a sentence, not one of the big buttons. */
    .your-data h3 {
      font-size: 1em;
      margin: 0.75em 0 0.25em;
    }
    .your-data .meta {
      margin: 0;
      line-height: 1.5;
    }
    button.link.danger {
      color: var(--_danger);
    }
    .confirm {
      margin-top: 0.5em;
    }
    @media print {
      .tools,
      .delivery,
      .notice {
        display: none !important;
      }
    }
  `,
];
