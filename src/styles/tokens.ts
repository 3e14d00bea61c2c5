import { css } from 'lit';

/**
 * Shared base for every element: text follows the host page, colours come from `--seeds-*`
 * custom properties with fallbacks, so the widget looks right without any host CSS.
 * Private derived values use the `--_` prefix. Light and dark follow the page's `color-scheme`
 * (through `light-dark()`), not the OS alone: a light page on a dark OS must stay readable.
 */
export const base = css`
  :host {
    --_accent: var(--seeds-color-accent, light-dark(#0b6e4f, #6fd3ad));
    --_on-accent: var(--seeds-color-on-accent, light-dark(#ffffff, #00281c));
    --_text: var(--seeds-color-text, currentColor);
    --_muted: var(--seeds-color-muted, light-dark(#555555, #c4c4c4));
    --_surface: var(--seeds-color-surface, transparent);
    --_border: var(--seeds-color-border, light-dark(#767676, #9a9a9a));
    --_danger: var(--seeds-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--seeds-radius, 0.5rem);
    --_focus: var(--seeds-focus-ring, 3px solid light-dark(#1a5fb4, #8ab4f8));
    --_gap: var(--seeds-spacing, 1rem);
    font: inherit;
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_border: CanvasText;
      --_focus: 3px solid Highlight;
    }
  }
`;
