export interface SeedsDeliveredDetail {
  /** The response id (also the `Idempotency-Key`). */
  readonly id: string;
  /** HTTP status of the accepting response. */
  readonly status: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** Fired when the endpoint accepted a response (2xx) and it left the outbox. */
export type SeedsDeliveredEvent = CustomEvent<SeedsDeliveredDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-delivered': SeedsDeliveredEvent;
  }
}
