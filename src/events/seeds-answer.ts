import type { AnswerValue } from '../model/scale.js';

export interface SeedsAnswerDetail {
  /** Item id, e.g. `shared-vision.1`. */
  readonly item: string;
  readonly factor: string;
  /** 1–5, or null for "don't know". */
  readonly value: AnswerValue;
}

/** Fired when the participant changes an answer. */
export type SeedsAnswerEvent = CustomEvent<SeedsAnswerDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-answer': SeedsAnswerEvent;
  }
}
