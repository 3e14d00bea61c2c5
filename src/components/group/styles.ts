import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { tables } from '../../styles/tables.js';
import { base } from '../../styles/tokens.js';
import { viewHeadings } from '../../styles/views.js';
import { emptyStyles } from '../empty/empty-state.js';

export const styles = [
  base,
  controls,
  tables,
  viewHeadings,
  emptyStyles,
  css`
    h3 {
      font-size: 1.15em;
      margin: 1em 0 0.5em;
    }
    h4 {
      margin: 0.5em 0 0.25em;
    }
    .meta {
      color: var(--_muted);
    }
    .notice {
      border-left: 4px solid var(--_danger);
      padding: 0.5em 0.75em;
    }
    .discuss,
    .detail,
    .threshold {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 1em 0.75em;
      margin: 0.75em 0;
    }
    .discuss {
      border-left: 4px solid var(--_accent);
    }
    .discuss ul {
      margin: 0.25em 0;
      padding-left: 1.25em;
    }
    .discuss li .meta {
      margin-left: 0.5em;
    }
    .threshold .count {
      font-size: 1.4em;
      font-weight: 600;
      margin: 0.25em 0;
    }
    .rounds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
      margin: 0.5em 0;
    }
    .rounds label {
      display: flex;
      gap: 0.5em;
      align-items: center;
    }
    .live .count {
      font-weight: 600;
    }
    .distribution .num {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .bar {
      width: 8em;
      height: 0.8em;
    }
    .bar rect {
      fill: var(--_accent);
    }
    details {
      margin: 0.5em 0;
    }
    summary {
      cursor: pointer;
    }
    .qr {
      width: 10em;
      height: 10em;
      display: block;
    }
    /* A QR code needs dark on light whatever the theme, or phones cannot read it. */
    .qr-light {
      fill: #fff;
    }
    .qr-dark {
      fill: #000;
    }
    .share a {
      overflow-wrap: anywhere;
    }
    .offscreen {
      position: absolute;
      left: -10000px;
      top: 0;
      width: 600px;
    }
    .presenting seeds-flower {
      max-width: min(100%, 90vh);
      margin: 0 auto;
      display: block;
    }
    .presenting .live .count {
      font-size: 2em;
    }
    .presenting .discuss,
    .presenting .detail {
      font-size: 1.2em;
    }
    .poster-print {
      display: none;
    }
    @media print {
      .buttons,
      .share,
      .poster,
      .rounds {
        display: none;
      }
      /* Printing the poster: the poster alone, at A3 (297 × 420 mm, portrait). */
      .printing-poster > :not(.poster-print) {
        display: none !important;
      }
      .printing-poster > .poster-print {
        display: block;
        width: 297mm;
        height: 420mm;
        margin: 0;
        break-inside: avoid;
      }
      .poster-print svg {
        display: block;
        width: 100%;
        height: 100%;
      }
    }
  `,
];
