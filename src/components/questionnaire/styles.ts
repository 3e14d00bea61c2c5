import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';
import { viewHeadings } from '../../styles/views.js';

export const styles = [
  base,
  controls,
  viewHeadings,
  css`
    /* The factor's title leads; its statements sit under it in plain weight. */
    h3 {
      font-size: 1.15em;
      font-weight: 700;
      margin: 1.5em 0 0.5em;
      padding-bottom: 0.25em;
      border-bottom: 2px solid color-mix(in srgb, var(--_accent) 45%, transparent);
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
      padding: 0.75em;
      min-width: 0;
    }
    /*
     * Floated, the legend is laid out inside the box like a paragraph: a statement of three lines
     * wraps within the border instead of running over it.
     */
    legend {
      float: left;
      width: 100%;
      padding: 0;
      font-weight: 400;
      font-size: 1.02em;
      line-height: 1.45;
    }
    legend + * {
      clear: both;
    }
    .options {
      clear: both;
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25em;
      padding-top: 0.5em;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 44px;
      padding: 0.25em 0.5em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      cursor: pointer;
    }
    /* Hover only hints; the chosen answer is tinted, outlined in the accent and bold. */
    @media (hover: hover) {
      .option:hover {
        background: color-mix(in srgb, var(--_accent) 5%, transparent);
        border-color: color-mix(in srgb, var(--_accent) 30%, transparent);
      }
    }
    .option:has(input:checked) {
      background: color-mix(in srgb, var(--_accent) 16%, transparent);
      border-color: var(--_accent);
      font-weight: 700;
    }
    .option:has(input:focus-visible) {
      outline: var(--_focus);
      outline-offset: 1px;
    }
    .option input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    /* A phone: the five points of the scale in one row, "don't know" under them. */
    @container (max-width: 39.99rem) {
      .scale .options {
        grid-template-columns: repeat(5, minmax(0, 1fr));
      }
      .scale .option {
        flex-direction: column;
        justify-content: flex-start;
        gap: 0.2em;
        padding: 0.35em 0.1em;
        text-align: center;
        font-size: 0.8em;
        line-height: 1.2;
        hyphens: manual;
        overflow-wrap: normal;
      }
      .scale .option.unknown {
        grid-column: 1 / -1;
        flex-direction: row;
        justify-content: center;
        font-size: 0.9em;
      }
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
      .scale .option.unknown:has(input:checked) {
        border-left: 2px solid var(--_accent);
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
    @media (forced-colors: active) {
      .option:has(input:checked) {
        border-color: Highlight;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .option {
        transition:
          background-color 120ms ease-out,
          border-color 120ms ease-out;
      }
    }
  `,
];
