import { css } from 'lit';

/** Data tables: readable at 320 px through a focusable scroll container. */
export const tables = css`
  .scroll {
    overflow-x: auto;
    margin: 1em 0;
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
    white-space: nowrap;
  }
`;
