import { css } from 'lit';

/** Buttons and text inputs shared by the views: 44 px targets, the accent colour, visible focus. */
export const controls = css`
  :host {
    container-type: inline-size;
  }
  button {
    font: inherit;
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
  button.link {
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
