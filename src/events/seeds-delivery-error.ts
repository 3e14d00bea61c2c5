export interface SeedsDeliveryErrorDetail {
  readonly id: string;
  /** HTTP status, or null when there was no answer (offline, timeout). */
  readonly status: number | null;
  readonly attempt: number;
  /** True when the response stays in the outbox and is tried again. */
  readonly willRetry: boolean;
  readonly message: string;
}

/** Fired when an attempt to deliver a response failed. */
export type SeedsDeliveryErrorEvent = CustomEvent<SeedsDeliveryErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seeds-delivery-error': SeedsDeliveryErrorEvent;
  }
}
