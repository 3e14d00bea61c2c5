import type { SeedsResponse } from '../model/response.js';

export interface SeedsCompleteDetail {
  readonly response: SeedsResponse;
}

/** Fired once when the participant completes the questionnaire. */
export type SeedsCompleteEvent = CustomEvent<SeedsCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-complete': SeedsCompleteEvent;
  }
}
