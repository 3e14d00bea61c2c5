import { css } from 'lit';

/** Headings of a view: the h2 takes focus when the view opens, without a ring for a mouse click. */
export const viewHeadings = css`
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
  h2:focus-visible {
    outline: var(--_focus);
  }
`;
