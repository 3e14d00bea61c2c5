/**
 * One lifecycle for sending a completed measurement: the history, the delivery line on screen and
 * the delivery events all read this state, and the outbox moves it on. Pure: no storage, no DOM.
 *
 * ```
 * complete ──(no endpoint)──────────────────────────────▶ local
 *    │ ──(consent needed)──▶ awaiting-consent ──decline──▶ declined ──send-later──┐
 *    │                               │ agree                                       │
 *    └──(consent given)──────────────┴──────────────▶ queued ◀────────────────────┘
 *  queued ─attempt─▶ sending ─2xx─▶ sent
 *                       ├─5xx/408/429/no answer/redirect─▶ retrying ─attempt─▶ sending …
 *                       ├─offline─▶ waiting-offline ─attempt─▶ sending …
 *                       ├─other 4xx─▶ failed ─retry─▶ queued
 *  queued/retrying ─host cancels seeds-submit─▶ delegated
 * ```
 */
export const SUBMISSION_STATES = [
  'local',
  'awaiting-consent',
  'declined',
  'queued',
  'sending',
  'retrying',
  'waiting-offline',
  'failed',
  'delegated',
  'sent',
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** The states that end the lifecycle (nothing more will be sent by itself). */
export const FINAL_STATES: readonly SubmissionState[] = ['local', 'sent', 'delegated'];

/** Where one measurement's sending stands. */
export interface Submission {
  readonly state: SubmissionState;
  /** POSTs made so far. */
  readonly attempt: number;
  /** HTTP status of the last attempt; null when there was no answer. */
  readonly status?: number | null;
  /** English explanation of the last failure, for the host (never shown to participants). */
  readonly message?: string;
  /** Epoch ms of the next automatic try (`retrying`, `waiting-offline`). */
  readonly nextAttemptAt?: number;
}

export type SubmissionEvent =
  | { readonly type: 'complete'; readonly endpoint: boolean; readonly consentGiven: boolean }
  | { readonly type: 'consent'; readonly agree: boolean }
  /** The participant sends a declined response after all (consent is asked again first). */
  | { readonly type: 'ask-again' }
  | { readonly type: 'attempt' }
  | { readonly type: 'delivered'; readonly status: number }
  | {
      readonly type: 'retry-later';
      readonly status: number | null;
      readonly message: string;
      readonly nextAttemptAt: number;
      readonly offline?: boolean;
    }
  | { readonly type: 'refused'; readonly status: number | null; readonly message: string }
  | { readonly type: 'offline' }
  | { readonly type: 'delegated' }
  /** A manual retry of a refused response, or new request options from the host. */
  | { readonly type: 'retry' };

export const NOT_STARTED: Submission = { state: 'local', attempt: 0 };

/** True when `value` is a stored submission state. */
export function isSubmissionState(value: unknown): value is SubmissionState {
  return (SUBMISSION_STATES as readonly unknown[]).includes(value);
}

/**
 * The next state after `event`. An event that does not apply to the current state leaves it as it
 * is (a late answer for a response that was already sent does not move it back).
 */
export function advance(current: Submission, event: SubmissionEvent): Submission {
  const { state, attempt } = current;
  switch (event.type) {
    case 'complete':
      if (!event.endpoint) return { state: 'local', attempt: 0 };
      return { state: event.consentGiven ? 'queued' : 'awaiting-consent', attempt: 0 };
    case 'consent':
      if (state !== 'awaiting-consent') return current;
      return { state: event.agree ? 'queued' : 'declined', attempt };
    case 'ask-again':
      return state === 'declined' ? { state: 'awaiting-consent', attempt } : current;
    case 'attempt':
      if (!isPending(state)) return current;
      return { state: 'sending', attempt: attempt + 1 };
    case 'delivered':
      return FINAL_STATES.includes(state) ? current : { state: 'sent', attempt, status: event.status };
    case 'retry-later':
      if (!isPending(state)) return current;
      return {
        state: event.offline ? 'waiting-offline' : 'retrying',
        attempt,
        status: event.status,
        message: event.message,
        nextAttemptAt: event.nextAttemptAt,
      };
    case 'refused':
      if (!isPending(state)) return current;
      return { state: 'failed', attempt, status: event.status, message: event.message };
    case 'offline':
      return isPending(state) ? { ...current, state: 'waiting-offline' } : current;
    case 'delegated':
      return isPending(state) ? { state: 'delegated', attempt } : current;
    case 'retry':
      return state === 'failed' ? { state: 'queued', attempt } : current;
  }
}

/** In the outbox: waiting for, or in the middle of, an attempt. */
export function isPending(state: SubmissionState): boolean {
  return state === 'queued' || state === 'sending' || state === 'retrying' || state === 'waiting-offline';
}

/** What is kept on the device: the moment-to-moment states (`sending`) are stored as `queued`. */
export function storedState(state: SubmissionState): SubmissionState {
  return isPending(state) ? 'queued' : state;
}
