import { css } from 'lit';

/**
 * The five group colours, the same tokens and fallbacks as the flower's (Okabe–Ito hues, ≥ 3:1
 * against the page in light and dark), for views that mark a factor by its group: `.g-<group>`
 * sets `--_c`.
 */
export const groupColours = css`
  :host {
    --_people: var(--seeds-group-people, light-dark(#0072b2, #56b4e9));
    --_process: var(--seeds-group-process, light-dark(#c4570a, #e07b39));
    --_content: var(--seeds-group-content, light-dark(#008765, #2fbf8f));
    --_precondition: var(--seeds-group-precondition, light-dark(#b4548b, #e38fc0));
    --_outcomes: var(--seeds-group-outcomes, light-dark(#a66a00, #f5b841));
  }
  .g-people {
    --_c: var(--_people);
  }
  .g-process {
    --_c: var(--_process);
  }
  .g-content {
    --_c: var(--_content);
  }
  .g-precondition {
    --_c: var(--_precondition);
  }
  .g-outcomes {
    --_c: var(--_outcomes);
  }
`;
