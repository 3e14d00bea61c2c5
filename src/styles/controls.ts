import { css } from 'lit';

/** Buttons and text inputs shared by the views: 44 px targets, the accent colour, visible focus. */
export const controls = css`
  :host {
    container-type: inline-size;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    font: inherit;
    line-height: 1.25;
    min-height: 44px;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Secondary buttons lighten on hover; the primary one darkens. Neither looks like a selection. */
  @media (hover: hover) {
    button:not(.link):not(.primary):not(:disabled):hover,
    .button:hover {
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    button.primary:hover {
      background: color-mix(in srgb, var(--_accent) 85%, black);
    }
  }
  button.link {
    display: inline;
    text-align: start;
    min-height: 24px;
    padding: 0;
    border: 0;
    text-decoration: underline;
    color: inherit;
  }
  input[type='text'],
  input[type='file'],
  select {
    font: inherit;
    color: inherit;
    background: transparent;
    min-height: 44px;
    padding: 0.35em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .status:empty {
    display: none;
  }
`;
