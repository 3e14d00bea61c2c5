import { css } from 'lit';
import { base } from '../../styles/tokens.js';
import { controls } from '../../styles/controls.js';

export const styles = [
  base,
  controls,
  css`
    :host {
      display: block;
    }
    .factors {
      list-style: none;
      padding: 0;
      margin: 0 0 1em;
    }
    .factors > li {
      border-bottom: 1px solid var(--_border);
      padding: 0.25em 0;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      cursor: pointer;
    }
    .check input {
      width: 1.25em;
      height: 1.25em;
      flex: none;
      accent-color: var(--_accent);
    }
    .check .score {
      margin-left: auto;
      color: var(--_muted);
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    /* "What" across the width, "who" and "done by" side by side: shorter on a phone. */
    .action {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.5em;
      padding: 0 0 0.75em 1.75em;
    }
    @container (min-width: 36rem) {
      .action {
        grid-template-columns: 2fr 1fr 1fr;
      }
    }
    .action label:first-child {
      grid-column: 1 / -1;
    }
    @container (min-width: 36rem) {
      .action label:first-child {
        grid-column: auto;
      }
    }
    .action input {
      width: 100%;
      min-width: 0;
    }
    .action label {
      display: flex;
      flex-direction: column;
      font-size: 0.9em;
      gap: 0.2em;
    }
    .previous {
      border-left: 4px solid var(--_accent);
      padding: 0.25em 0.75em;
      margin-bottom: 1em;
    }
    textarea {
      width: 100%;
      font: inherit;
    }
    .print-only {
      display: none;
    }
    @media print {
      .screen-only {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      article {
        break-inside: avoid;
      }
    }
  `,
];
