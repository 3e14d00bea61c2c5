import { css } from 'lit';
import { groupColours } from '../../styles/groups.js';
import { base, inkOn, surface } from '../../styles/tokens.js';

/** The group colours (`--_c` per `.g-<group>`) come from `styles/groups.ts`, shared with the views. */
export const styles = [
  base,
  surface,
  groupColours,
  css`
    :host {
      --_ring: var(--seeds-flower-ring, light-dark(#8a8a8a, #8c8c8c));
      --_halo: var(--seeds-flower-halo, light-dark(#ffffff, #121212));
      /* Text drawn on the halo (the heart's score, the tooltip) pairs with it, whatever the page's text. */
      --_on-halo: var(--seeds-flower-on-halo, ${inkOn('var(--_halo)')});
      --_focus-color: var(--seeds-focus-color, light-dark(#1a5fb4, #8ab4f8));
      display: block;
      position: relative;
    }

    .figure {
      position: relative;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .targets {
      position: absolute;
      inset: 0;
      height: 100%;
    }

    .ring {
      fill: none;
      stroke: var(--_ring);
      stroke-width: 0.75;
      stroke-dasharray: 2 3;
    }
    .ring--full {
      stroke-dasharray: none;
    }
    .outline {
      fill: none;
      stroke: var(--_ring);
      stroke-width: 0.75;
    }
    .petal {
      fill: var(--_c);
      stroke: var(--_halo);
      stroke-width: 0.75;
    }
    .petal--null {
      fill: none;
      stroke: var(--_c);
      stroke-width: 1.5;
      stroke-dasharray: 4 3;
    }
    .ghost-halo,
    .spread-halo {
      fill: none;
      stroke: var(--_halo);
      stroke-width: 3.5;
      stroke-linejoin: round;
    }
    .ghost {
      fill: none;
      stroke: var(--_text);
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
      stroke-linejoin: round;
    }
    .whisker,
    .median {
      fill: none;
      stroke: var(--_text);
      stroke-width: 1.5;
    }
    .median {
      stroke-width: 2.5;
    }
    .band {
      fill: var(--_halo);
      fill-opacity: 0.5;
      stroke: var(--_text);
      stroke-opacity: 0.45;
      stroke-width: 0.75;
    }
    .bloom {
      transform-box: view-box;
      transform-origin: 0 0;
    }
    /* Changed shapes move to their new place (motion.ts); a new layout and the first bloom jump. */
    .anim {
      transition: d 450ms cubic-bezier(0.22, 0.61, 0.36, 1);
    }
    .still .anim {
      transition: none;
    }
    @media (prefers-reduced-motion: reduce) {
      .anim {
        transition: none;
      }
    }
    .group-arc {
      fill: var(--_c);
    }
    .group-name {
      fill: var(--_text);
      font-weight: 600;
    }
    .label {
      fill: var(--_text);
    }
    .heart-disc {
      fill: var(--_halo);
      stroke: var(--_ring);
      stroke-width: 0.75;
    }
    .overall {
      fill: var(--_on-halo);
      font-weight: 700;
    }
    .respondents {
      fill: color-mix(in oklab, var(--_on-halo) 75%, var(--_halo));
    }

    .target {
      fill: transparent;
      stroke: none;
      cursor: pointer;
      pointer-events: all;
      outline: none;
    }
    .target:hover {
      stroke: var(--_text);
      stroke-width: 1;
    }
    .target:focus-visible {
      outline: none;
      stroke: var(--_focus-color);
      stroke-width: 3;
    }

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

    .ring-label {
      fill: var(--_muted);
      stroke: var(--_halo);
      stroke-width: 3;
      paint-order: stroke;
      font-variant-numeric: tabular-nums;
      pointer-events: none;
    }
    .na-mark {
      fill: var(--_text);
      font-weight: 700;
      pointer-events: none;
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
    /* The hidden table stays in the accessibility tree (content-visibility would take it out). Fixed
     columns and containment keep a changed score from laying out the whole table again. */
    .table-wrap.visually-hidden {
      contain: strict;
    }
    .table-wrap.visually-hidden .table {
      table-layout: fixed;
      width: 40rem;
    }

    /* Paper shows the drawing and, when it is open, the table; never a control. */
    @media print {
      .toggle,
      .targets,
      .tooltip {
        display: none !important;
      }
    }

    @media (forced-colors: active) {
      .legend .swatch {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .ring-label,
      .na-mark {
        fill: CanvasText;
        stroke: Canvas;
      }
      .petal,
      .group-arc {
        fill: CanvasText;
        stroke: Canvas;
      }
      .petal--null {
        fill: none;
        stroke: CanvasText;
      }
      .ring,
      .outline,
      .heart-disc {
        stroke: GrayText;
      }
      .heart-disc {
        fill: Canvas;
      }
      .ghost,
      .whisker,
      .median,
      .band {
        stroke: Highlight;
      }
      .band {
        fill: Canvas;
      }
      .ghost-halo,
      .spread-halo {
        stroke: Canvas;
      }
      .label,
      .group-name,
      .overall,
      .respondents {
        fill: CanvasText;
      }
      .target:focus-visible {
        stroke: Highlight;
      }
    }
  `,
];
