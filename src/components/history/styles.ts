import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { base } from '../../styles/tokens.js';
import { tables } from '../../styles/tables.js';

export const styles = [
  base,
  controls,
  tables,
  css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.35em;
      margin: 0 0 0.5em;
    }
    h2:focus {
      outline: none;
    }
    .measurements {
      padding-left: 1.25em;
    }
  `,
];
