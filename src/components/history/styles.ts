import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';
import { viewHeadings } from '../../styles/views.js';
import { tables } from '../../styles/tables.js';
import { groupColours } from '../../styles/groups.js';
import { emptyStyles } from '../empty/empty-state.js';

export const styles = [
  base,
  controls,
  tables,
  viewHeadings,
  groupColours,
  emptyStyles,
  css`
    .measurements {
      padding-left: 1.25em;
    }
    h3 {
      font-size: 1.1em;
      margin: 1em 0 0.25em;
    }
    .meta {
      color: var(--_muted);
    }
    /* Shadows at an edge with more table behind it: a cue that the table scrolls sideways. The
       covers that hide a shadow at the ends take the surface's colour, the shadow the text's. */
    .scroll {
      --_shade: color-mix(in srgb, currentColor 35%, transparent);
      background:
        linear-gradient(to right, var(--_cover) 30%, transparent) left / 2.5em 100% no-repeat local,
        linear-gradient(to left, var(--_cover) 30%, transparent) right / 2.5em 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, var(--_shade), transparent) left / 0.9em 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, var(--_shade), transparent) right / 0.9em 100% no-repeat scroll;
    }
    th[scope='col'] {
      white-space: nowrap;
    }
    tbody th {
      min-width: 10em;
    }
    .change {
      white-space: nowrap;
      font-weight: 600;
    }
    .change.up {
      color: var(--_accent);
    }
    .change.down {
      color: var(--_danger);
    }
    .multiples {
      list-style: none;
      padding: 0;
      margin: 0.5em 0 1em;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
      gap: 0.75em 1em;
    }
    .multiple {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: baseline;
      gap: 0 0.5em;
      font-size: 0.85em;
      border-top: 3px solid var(--_c);
      padding-top: 0.25em;
    }
    .multiple .last {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .multiple svg {
      grid-column: 1 / -1;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .multiple .axis {
      stroke: var(--_border);
      stroke-width: 1;
    }
    .multiple .grid {
      stroke: var(--_border);
      stroke-width: 0.5;
      stroke-dasharray: 2 3;
    }
    .multiple .line {
      fill: none;
      stroke: var(--_c);
      stroke-width: 2;
      stroke-linejoin: round;
    }
    .multiple .dot {
      fill: var(--_c);
    }
    /* Paper keeps the flower, the table and the trend; the links to open a measurement stay on screen. */
    @media print {
      .measurements {
        display: none;
      }
      .scroll {
        overflow: visible;
        background: none;
      }
    }
    @media (forced-colors: active) {
      .multiple .line {
        stroke: CanvasText;
      }
      .multiple .dot {
        fill: CanvasText;
      }
    }
  `,
];
