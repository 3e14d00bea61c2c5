import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { groupColours } from '../../styles/groups.js';
import { base, inkOn } from '../../styles/tokens.js';
import { emptyStyles } from '../empty/empty-state.js';

export const styles = [
  base,
  controls,
  groupColours,
  emptyStyles,
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
      font-size: 1.05em;
      margin: 0 0 0.25em;
    }
    h5 {
      font-size: 0.95em;
      margin: 0.75em 0 0.25em;
    }
    /* Flower and what it says side by side where there is room; stacked, summary first below, on a phone. */
    .overview {
      display: grid;
      grid-template-columns: 1fr;
      gap: var(--_gap);
      align-items: start;
    }
    @container (min-width: 44rem) {
      .overview {
        grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
      }
    }
    .summary {
      margin-top: 0;
    }
    .top-three {
      border-left: 4px solid var(--_accent);
      padding: 0.25em 0 0.25em 0.75em;
    }
    .top-three ol {
      margin: 0;
      padding-left: 1.25em;
    }
    .top-three li {
      padding: 0.2em 0;
    }
    .top-three li .meta {
      display: block;
      margin: 0;
    }
    .tips {
      padding-left: 1.25em;
      margin: 0.25em 0 0.5em;
    }
    .tips li {
      margin-bottom: 0.5em;
    }
    .tips li span {
      display: block;
    }
    button.small {
      min-height: 32px;
      padding: 0.15em 0.75em;
      margin-top: 0.25em;
      font-size: 0.9em;
      border-width: 1px;
    }
    details.research,
    details.more-tips {
      margin: 0.5em 0;
    }
    details.more-tips > summary,
    details.research > summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 32px;
      display: list-item;
      padding: 0.25em 0;
    }
    .compact ul.plain.inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
    }
    .compact ul.plain.inline li {
      padding: 0;
    }
    .compact h3 {
      font-size: 1em;
    }
    .compact .meta {
      margin: 0 0 0.25em;
    }
    /* Downloads: one native disclosure; its buttons stack under the summary. */
    details.menu {
      position: relative;
    }
    details.menu > summary {
      list-style: none;
    }
    details.menu > summary::-webkit-details-marker {
      display: none;
    }
    details.menu > summary::after {
      content: ' ▾';
    }
    details.menu[open] > summary::after {
      content: ' ▴';
    }
    .menu-items {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 0.25em;
      margin-top: 0.25em;
    }
    .menu-items button {
      text-align: start;
      border-width: 1px;
    }
    /* The file picker dressed as a button; the input stays focusable and the label shows its focus. */
    label.file {
      position: relative;
    }
    label.file input {
      position: absolute;
      inset: 0;
      opacity: 0;
      width: 100%;
      cursor: pointer;
    }
    label.file:focus-within {
      outline: var(--_focus);
      outline-offset: 2px;
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
      margin-bottom: 1.25em;
    }
    .attention .description {
      margin: 0.25em 0;
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
      /* A surface of its own (the top layer): its text pairs with its background, never the page's. */
      --_dialog: var(--seeds-color-dialog, Canvas);
      background: var(--_dialog);
      color: var(--seeds-color-on-dialog, ${inkOn('var(--_dialog)')});
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    dialog h3:focus {
      outline: none;
    }
    dialog {
      padding-top: 0;
    }
    .detail-header {
      position: sticky;
      top: 0;
      z-index: 1;
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
      margin: 0 -1.25em 0.5em;
      padding: 0.75em 0.75em 0.5em 1.25em;
      background: var(--_dialog);
      border-bottom: 4px solid var(--_c, var(--_accent));
    }
    .detail-header h3 {
      flex: 1;
      margin: 0.35em 0 0;
    }
    .detail-header .close {
      flex: none;
      min-width: 44px;
      padding: 0;
      font-size: 1.5em;
      line-height: 1;
      border-width: 1px;
    }
    .answers dt {
      font-weight: 600;
      margin-top: 0.5em;
    }
    .answers dd {
      margin: 0.1em 0 0 1em;
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
      .overview {
        display: block;
      }
    }
  `,
];
