import { css, unsafeCSS } from 'lit';

/**
 * Black or white, whichever reads on `background` (by OKLCH lightness; 0.564 is where black and white
 * contrast equally with a grey): the text colour paired with a surface a host recolours without
 * also giving its text colour. A static string, never host data.
 */
export const inkOn = (background: string) => unsafeCSS(`oklch(from ${background} clamp(0, (0.564 - l) * 1000, 1) 0 0)`);

/**
 * Shared base for every element: text follows the host page, colours come from `--seeds-*`
 * custom properties with fallbacks, so the widget looks right without any host CSS.
 * Private derived values use the `--_` prefix. Light and dark values (`light-dark()`, `Canvas`)
 * follow the page's scheme, corrected by SchemeController where the text colour the widget really
 * shows says otherwise: a dark page that never says so must stay readable.
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
    /* Behind the content where it must hide what scrolls under it (the page's own colour by default). */
    --_cover: var(--seeds-color-surface, Canvas);
    font: inherit;
    color: var(--_text);
    /* Which scheme the page gives the host, for SchemeController (components/scheme.ts); draws nothing. */
    column-rule-color: light-dark(rgb(0, 0, 1), rgb(0, 0, 2));
    box-sizing: border-box;
  }
  /* Without --seeds-font-heading the declaration is invalid and the heading inherits the host's font. */
  h1,
  h2,
  h3,
  h4 {
    font-family: var(--seeds-font-heading);
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

/**
 * The wrapper (`.base`) of a public element: its background and its text colour come as a pair.
 * Without tokens both come from the host (transparent, inherited colour). With only
 * --seeds-color-surface set, the text is black or white to match it; --seeds-color-text wins.
 * The 1 ms colour transition lets SchemeController (components/scheme.ts) see the host's colour
 * change; `step-start` shows the new colour at once (nothing reads a colour half-way).
 */
export const surface = css`
  .base {
    background: var(--_surface);
    color: var(--seeds-color-text, ${inkOn('var(--seeds-color-surface)')});
    transition: color 1ms step-start;
  }
`;
