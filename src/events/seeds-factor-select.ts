export interface SeedsFactorSelectDetail {
  readonly factor: string;
}

/** Fired when the user picks a factor (a petal, a list entry) to read more about it. */
export type SeedsFactorSelectEvent = CustomEvent<SeedsFactorSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-factor-select': SeedsFactorSelectEvent;
  }
}
