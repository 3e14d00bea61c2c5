import { css } from 'lit';
import { base } from '../../styles/tokens.js';

export const styles = [
  base,
  css`
    :host {
      display: block;
      max-width: var(--seeds-max-width, 56rem);
      background: var(--_surface);
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
      margin: 0 0 0.5em;
    }
    h2:focus {
      outline: none;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      margin-bottom: 0.5em;
    }
    th,
    td {
      text-align: start;
      padding: 0.35em 0.5em;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.5em 1.25em;
      border-radius: var(--_radius);
      border: 2px solid var(--_accent);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
  `,
];
