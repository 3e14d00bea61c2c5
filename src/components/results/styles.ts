import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';

export const styles = [
  base,
  controls,
  css`
    :host {
      display: block;
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    h3 {
      font-size: 1.15em;
      margin: 0 0 0.5em;
    }
    h4 {
      font-size: 1em;
      margin: 0.75em 0 0.25em;
    }
    p,
    li {
      line-height: 1.5;
    }
    .summary {
      font-size: 1.1em;
    }
    .meta {
      color: var(--_muted);
      margin: 0 0 0.5em;
    }
    .attention {
      border-left: 4px solid var(--_accent);
      padding: 0.25em 0 0.5em 0.75em;
      margin-bottom: 1em;
    }
    ul.plain {
      list-style: none;
      padding: 0;
    }
    ul.plain li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: baseline;
      padding: 0.25em 0;
    }
    .message:not(:empty) {
      border-left: 4px solid var(--_accent);
      padding: 0.5em 0.75em;
    }
    dialog {
      max-width: min(44rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 1em 1.25em;
      color: inherit;
      background: var(--seeds-color-dialog, Canvas);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    dialog h3:focus {
      outline: none;
    }
    .answers dt {
      font-weight: 600;
      margin-top: 0.5em;
    }
    .answers dd {
      margin: 0.1em 0 0 1em;
    }
    .import label {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
    }
    @media print {
      .screen-only,
      dialog {
        display: none !important;
      }
      .flower {
        break-inside: avoid;
        max-width: 16cm;
      }
    }
  `,
];
