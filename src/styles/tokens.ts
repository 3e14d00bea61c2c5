import { css } from 'lit';

/**
 * Shared base for every element: text follows the host page, colours come from `--seeds-*`
 * custom properties with fallbacks, so the widget looks right without any host CSS.
 * Private derived values use the `--_` prefix.
 */
export const base = css`
  :host {
    --_accent: var(--seeds-color-accent, #0b6e4f);
    --_on-accent: var(--seeds-color-on-accent, #ffffff);
    --_text: var(--seeds-color-text, currentColor);
    --_muted: var(--seeds-color-muted, #555555);
    --_surface: var(--seeds-color-surface, transparent);
    --_border: var(--seeds-color-border, #767676);
    --_danger: var(--seeds-color-danger, #b3261e);
    --_radius: var(--seeds-radius, 0.5rem);
    --_focus: var(--seeds-focus-ring, 3px solid #1a5fb4);
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--seeds-color-accent, #6fd3ad);
      --_on-accent: var(--seeds-color-on-accent, #00281c);
      --_muted: var(--seeds-color-muted, #c4c4c4);
      --_border: var(--seeds-color-border, #9a9a9a);
      --_danger: var(--seeds-color-danger, #ffb4ab);
      --_focus: var(--seeds-focus-ring, 3px solid #8ab4f8);
    }
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
