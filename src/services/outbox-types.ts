import type { SeedsDeliveredDetail } from '../events/seeds-delivered.js';
import type { SeedsDeliveryErrorDetail } from '../events/seeds-delivery-error.js';
import type { SeedsResponse } from '../model/response.js';
import type { Submission, SubmissionState } from '../model/submission.js';
import type { BackoffOptions } from './backoff.js';
import type { PostRequestInitHook } from './delivery.js';
import type { SeedsStorage } from './storage.js';
import type { Timers } from './timers.js';

/**
 * Where one response stands: the one lifecycle of `src/model/submission.ts` (`queued`, `sending`,
 * `sent`, `retrying`, `waiting-offline`, `failed`, `delegated`), with the response id. The outbox
 * moves it on with `advance()` and reports every change through `onStatus`.
 */
/** @deprecated The name of `SubmissionState` before there was one lifecycle; kept for hosts that import it. */
export type DeliveryState = SubmissionState;

export interface DeliveryStatus extends Submission {
  readonly id: string;
}

export interface OutboxOptions {
  storage: SeedsStorage;
  /** The host's request hook (read it from the element's property at call time). */
  requestInit?: PostRequestInitHook;
  /** Called before every POST; return false when the host takes the response over (a cancelled `seeds-submit`). */
  beforeSend?: (response: SeedsResponse, endpoint: string) => boolean | Promise<boolean>;
  /** After a 2xx → `seeds-delivered`. */
  onDelivered?: (detail: SeedsDeliveredDetail) => void;
  /** After a failed attempt → `seeds-delivery-error`. */
  onDeliveryError?: (detail: SeedsDeliveryErrorDetail) => void;
  /** On every change of a response's state → re-render. */
  onStatus?: (status: DeliveryStatus) => void;
  /** Request timeout in ms. Default 15000. */
  timeout?: number;
  backoff?: Partial<BackoffOptions>;
  /** A longer `Retry-After` than this (ms) is shortened to it. Default one hour. */
  maxRetryAfter?: number;
  random?: () => number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Where retries and request timeouts are scheduled. Default the global timers; tests inject their own. */
  timers?: Timers;
  /** Where `online` is heard. Default `globalThis` (the window). */
  target?: EventTarget;
  isOnline?: () => boolean;
}

/** Thrown by `enqueue` for an endpoint that is not an http(s) URL; nothing is stored or sent. */
export class InvalidEndpointError extends Error {
  override readonly name = 'InvalidEndpointError';
}
