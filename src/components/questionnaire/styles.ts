import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';
import { viewHeadings } from '../../styles/views.js';

export const styles = [
  base,
  controls,
  viewHeadings,
  css`
    h3 {
      font-size: 1.05em;
      margin: 1.25em 0 0.5em;
    }
    p {
      margin: 0 0 0.75em;
      line-height: 1.5;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      margin-bottom: 1em;
      color: var(--_muted);
    }
    progress {
      flex: 1 1 8em;
      accent-color: var(--_accent);
      height: 0.6em;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 0.75em;
      padding: 0.5em 0.75em 0.75em;
      min-width: 0;
    }
    legend {
      padding: 0 0.25em;
      font-weight: 600;
      line-height: 1.4;
    }
    .options {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25em;
      margin-top: 0.5em;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      padding: 0.25em 0.5em;
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .option:hover {
      background: color-mix(in srgb, var(--_accent) 10%, transparent);
    }
    .option input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    @container (min-width: 40rem) {
      .scale .options {
        grid-template-columns: repeat(5, 1fr) 1.1fr;
      }
      .scale .option {
        flex-direction: column;
        text-align: center;
        justify-content: flex-start;
        font-size: 0.9em;
      }
      .scale .option.unknown {
        border-left: 1px dashed var(--_border);
      }
    }
    fieldset.unanswered {
      border: 2px dashed var(--_accent);
    }
    .hint {
      margin: 0.25em 0 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .warning {
      border-left: 4px solid var(--_accent);
      padding: 0.5em 0.75em;
      margin: 0.75em 0;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      justify-content: space-between;
      margin-top: 1em;
    }
    .nav .primary {
      margin-left: auto;
    }
    @media (prefers-reduced-motion: no-preference) {
      .option {
        transition: background-color 120ms ease-out;
      }
    }
  `,
];
