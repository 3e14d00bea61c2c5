import type { ReactiveControllerHost } from 'lit';
import { viewsStrings } from '../content/strings.js';
import type { Configuration } from './configuration.js';
import type { Navigation } from './navigation.js';
import type { Session } from './session.js';
import type { SubmissionController } from './submission.js';

// What the participant does once there is something to act on: answer the consent step, try a
// refused response again, start a new measurement, delete everything. Only the later screens and the
// tools offer these, so they come with the views' file (issue 13); the state they change stays in
// the `SubmissionController`, which the first screen needs for "Finish".

/** The element the actions work on (`<seeds-of-innovation>`). */
export interface SubmissionActionsHost extends ReactiveControllerHost {
  readonly submission: SubmissionController;
  readonly session: Session;
  readonly config: Configuration;
  readonly nav: Navigation;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The consent step's answer: agreeing hands the response to the outbox, declining keeps it here. */
export async function answerConsent(el: SubmissionActionsHost, agree: boolean): Promise<void> {
  const { submission, session, config } = el;
  const response = submission.pending;
  submission.pending = null;
  submission.message = agree ? '' : viewsStrings(config.locale).consent.declined;
  void el.nav.go('results');
  if (!response) return;
  await session.setSending(response.id, agree ? 'queued' : 'declined');
  if (agree && config.endpoint) await session.send(response, config.endpoint);
}

/** Tries a refused response again, then puts focus on its delivery line. */
export async function retryDelivery(el: SubmissionActionsHost, id: string): Promise<void> {
  await el.session.retry(id);
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>(`[part="delivery"][data-id="${id}"] p`)?.focus();
}

/** Goes to the questionnaire; a measurement in progress is kept, never thrown away. */
export function startNew(el: SubmissionActionsHost): void {
  el.submission.shown = null;
  el.submission.message = '';
  void el.nav.go('questionnaire');
}

/** "Delete my data" opens or closes its question. */
export function toggleDelete(el: SubmissionActionsHost): void {
  el.submission.confirmingDelete = !el.submission.confirmingDelete;
  el.requestUpdate();
}

/** The answer to "delete everything?": yes deletes; no closes the question and returns focus to the link. */
export async function answerDelete(el: SubmissionActionsHost, yes: boolean): Promise<void> {
  el.submission.confirmingDelete = false;
  el.requestUpdate();
  if (yes) return deleteAll(el);
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>('[data-action="delete"]')?.focus();
}

async function deleteAll(el: SubmissionActionsHost): Promise<void> {
  const { submission, config } = el;
  const ok = await el.session.deleteAll();
  submission.shown = null;
  submission.pending = null;
  const t = viewsStrings(config.locale).tools;
  submission.message = ok ? t.deleted : t.deleteFailed;
  void el.nav.go('questionnaire');
}
