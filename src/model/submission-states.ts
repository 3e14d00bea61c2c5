// The states of a measurement's sending (the lifecycle itself, `advance`, is in ./submission.ts):
// apart, because the history and the validators read them from the first screen on, while only the
// outbox's file moves a state on.

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

export const NOT_STARTED: Submission = { state: 'local', attempt: 0 };

/** True when `value` is a stored submission state. */
export function isSubmissionState(value: unknown): value is SubmissionState {
  return (SUBMISSION_STATES as readonly unknown[]).includes(value);
}

/** In the outbox: waiting for, or in the middle of, an attempt. */
export function isPending(state: SubmissionState): boolean {
  return state === 'queued' || state === 'sending' || state === 'retrying' || state === 'waiting-offline';
}

/** What is kept on the device: the moment-to-moment states (`sending`) are stored as `queued`. */
export function storedState(state: SubmissionState): SubmissionState {
  return isPending(state) ? 'queued' : state;
}

/** The state a measurement starts in at "Finish": kept here only, sent at once, or waiting for consent. */
export function firstState(endpoint: boolean, consentGiven: boolean): SubmissionState {
  if (!endpoint) return 'local';
  return consentGiven ? 'queued' : 'awaiting-consent';
}
