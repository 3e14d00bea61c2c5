import { css } from 'lit';

/**
 * The HTML around the drawing: the tooltip, the narrow-screen legend, the table toggle and the
 * data table. Composed into the element's `styles` (styles.ts), which defines the custom
 * properties (`--_border`, `--_halo`, `--_gap`, …) used here.
 */
export const panelStyles = css`
  .tooltip {
    position: absolute;
    left: var(--_tip-x, 50%);
    top: var(--_tip-y, 50%);
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    max-width: min(18rem, 100%);
    width: max-content;
    translate: var(--_tip-dx, 0px) 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_halo);
    color: var(--_on-halo);
    font-size: 0.875em;
    line-height: 1.3;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 0.5rem));
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip.right {
    transform: translate(0.5rem, -50%);
  }
  .tooltip.left {
    transform: translate(calc(-100% - 0.5rem), -50%);
  }
  .tooltip.below {
    transform: translate(-50%, 0.5rem);
  }

  /* Below 480 px: numbers on the rim, names and scores here. */
  .legend {
    list-style: none;
    margin: calc(var(--_gap) / 2) 0 0;
    padding: 0;
    display: grid;
    gap: 0.125rem;
    font-size: 0.875em;
    line-height: 1.3;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .legend .swatch {
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_c);
    translate: 0 0.1em;
  }
  .legend .score {
    margin-inline-start: auto;
    padding-inline-start: 0.5em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .toggle {
    margin-block-start: calc(var(--_gap) / 2);
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .table {
    margin-block-start: calc(var(--_gap) / 2);
    border-collapse: collapse;
    font-size: 0.875em;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  .table th,
  .table td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* The hidden table stays in the accessibility tree (content-visibility: auto takes it out in
     Chromium). Laid out as blocks, a changed score costs no table layout (about 0.2-0.4 ms of a
     flower update in scripts/bench.mjs); its roles (table.ts) keep it a table. */
  .table-wrap.visually-hidden {
    contain: strict;
  }
  .table-wrap.visually-hidden :is(table, caption, thead, tbody, tr, th, td) {
    display: block;
  }
`;
