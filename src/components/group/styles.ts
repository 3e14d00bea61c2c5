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
    .attention {
      border-left: 4px solid var(--_accent);
      padding: 0.25em 0 0.5em 0.75em;
      margin-bottom: 1em;
    }
    .notice {
      border-left: 4px solid var(--_danger);
      padding: 0.5em 0.75em;
    }
  `,
];
