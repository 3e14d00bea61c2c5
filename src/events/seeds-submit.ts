import type { SeedsResponse } from '../model/response.js';

export interface SeedsSubmitDetail {
  readonly response: SeedsResponse;
  /** The resolved endpoint URL the response is about to be POSTed to. */
  readonly endpoint: string;
}

/** Cancelable; fired just before a POST. Call `preventDefault()` to deliver the response yourself. */
export type SeedsSubmitEvent = CustomEvent<SeedsSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-submit': SeedsSubmitEvent;
  }
}
