import { css } from 'lit';
import { groupColours } from '../../styles/groups.js';
import { base, inkOn, surface } from '../../styles/tokens.js';
import { panelStyles } from './panel-styles.js';

/**
 * The drawing's styles; the tooltip, legend, toggle and table are in panel-styles.ts. The group
 * colours (`--_c` per `.g-<group>`) come from `styles/groups.ts`, shared with the views.
 */
export const styles = [
  base,
  surface,
  groupColours,
  panelStyles,
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
