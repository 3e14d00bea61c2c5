import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';
import { viewHeadings } from '../../styles/views.js';
import { tables } from '../../styles/tables.js';

export const styles = [
  base,
  controls,
  tables,
  viewHeadings,
  css`
    .measurements {
      padding-left: 1.25em;
    }
  `,
];
