import { firstState, FINAL_STATES, isPending, type Submission } from './submission-states.js';

export * from './submission-states.js';

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

/**
 * The next state after `event`. An event that does not apply to the current state leaves it as it
 * is (a late answer for a response that was already sent does not move it back).
 */
export function advance(current: Submission, event: SubmissionEvent): Submission {
  const { state, attempt } = current;
  switch (event.type) {
    case 'complete':
      return { state: firstState(event.endpoint, event.consentGiven), attempt: 0 };
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
