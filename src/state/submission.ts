import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SeedsResponse } from '../model/response.js';
import { loadCompletion } from './completion-file.js';
import type { Configuration } from './configuration.js';
import type { Navigation } from './navigation.js';
import type { Session } from './session.js';

export interface SubmissionHost extends ReactiveControllerHost, HTMLElement {
  /** `given`: the host asked for consent itself. */
  consent: string | null;
  community: string | null;
  /** The measurement round, copied into the payload. */
  round: string | null;
  readonly: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * From "Finish" to "sent": completes the draft into a response, asks consent (again after a
 * reload) and retries refused ones when the host's request options change. Holds what the results
 * screen shows (`shown`), the response waiting for consent (`pending`) and the calm line under the
 * tools (`message`); the participant's later actions on these (the consent's answer, a retry,
 * deleting) are in ./submission-actions.ts, with the views.
 *
 * @example
 * ```ts
 * private readonly submission = new SubmissionController(this, this.session, this.config, this.nav,
 *   (response) => emit(this, 'seeds-complete', { response }));
 * html`<seeds-questionnaire @questionnaire-finish=${() => this.submission.finish()}>`
 * ```
 */
export class SubmissionController implements ReactiveController {
  /** The response shown in the results view; null shows the latest. */
  shown: SeedsResponse | null = null;
  /** A completed response waiting for the participant's consent. */
  pending: SeedsResponse | null = null;
  message = '';
  /**
   * True when "Finish" could not store the response because the validators' file did not load
   * (fetched ahead with the results view; the network is down): the draft stays as it is, and a
   * calm message offers to finish again.
   */
  finishFailed = false;
  /** Whether "Delete my data" asks its question (the confirm buttons are shown). */
  confirmingDelete = false;
  /** Whether a response left waiting for consent (the tab closed on that step) was looked for. */
  private resumed = false;
  /**
   * True while a draft is being completed: a second "Finish" in the same moment would otherwise
   * complete the fresh draft that replaced it (an empty second response).
   */
  private finishing = false;
  private seenNamespace = false;

  constructor(
    private readonly host: SubmissionHost,
    private readonly session: Session,
    private readonly config: Configuration,
    private readonly nav: Navigation,
    private readonly completed: (response: SeedsResponse) => void,
  ) {
    host.addController(this);
  }

  /** After each update: a response completed while the tab closed on the consent step is asked about again. */
  hostUpdated(): void {
    // While another tab has the draft, that tab asks: asked here too, both could answer differently.
    if (!this.session.loaded || this.resumed || !this.session.ownsDraft) return;
    this.resumed = true;
    if (!this.config.endpoint || this.host.readonly || this.nav.screen !== 'questionnaire') return;
    const waiting = [...this.session.history].reverse().find((e) => e.sending === 'awaiting-consent');
    if (waiting) {
      this.pending = waiting.response;
      this.shown = waiting.response;
      // In an update of its own (this one is done): the consent step renders next.
      void this.host.updateComplete.then(() => this.nav.show('consent'));
    }
  }

  /** A new namespace is another participant's device space: nothing of the previous one stays on screen. */
  hostUpdate(): void {
    if (this.config.changed.has('namespace') && this.seenNamespace) this.reset();
    this.seenNamespace = true;
  }

  private reset(): void {
    this.shown = null;
    this.pending = null;
    this.message = '';
    this.resumed = false;
    this.confirmingDelete = false;
  }

  /**
   * Completes the draft: stores the response in the history (and the outbox when it is to be sent)
   * before `seeds-complete` fires, so a host that navigates away on that event loses nothing.
   */
  finish(): Promise<void> {
    return this.session.track(this.complete());
  }

  private async complete(): Promise<void> {
    if (this.finishing || !this.session.ownsDraft) return; // another tab has this draft: it completes it there
    this.finishing = true;
    let completion: Awaited<ReturnType<typeof loadCompletion>>;
    try {
      completion = await loadCompletion();
    } catch {
      this.finishing = false;
      this.finishFailed = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[data-finish-failed] p')?.focus();
      return;
    }
    this.finishFailed = false;
    const draft = this.session.draft;
    if (!this.session.ownsDraft || this.session.history.some((e) => e.response.id === draft.id)) {
      this.finishing = false;
      return;
    }
    const { config } = this;
    const endpoint = config.endpoint;
    const { response, state } = completion.completeDraft({
      draft,
      model: config.model,
      instrument: config.instrument,
      locale: config.locale,
      community: this.host.community,
      round: this.host.round,
      endpoint,
      consentGiven: this.host.consent === 'given',
      completedAt: new Date(),
    });
    this.shown = response;
    this.message = '';
    if (state === 'awaiting-consent') this.askConsent(response);
    else void this.nav.go('results');
    try {
      await this.session.complete(response, state, endpoint);
    } finally {
      this.finishing = false;
    }
    this.completed(response);
    if (state === 'queued') this.session.sendStored(response.id);
  }

  askConsent(response: SeedsResponse): void {
    this.pending = response;
    this.shown = response;
    void this.nav.go('consent');
  }

  /** New request options from the host (an expired token replaced): refused responses get another chance. */
  retryRefused(): void {
    for (const failed of this.session.failedDeliveries) void this.session.retry(failed.id);
  }

  /** Opens a measurement from the history. */
  open(id: string): void {
    this.shown = this.session.history.find((e) => e.response.id === id)?.response ?? null;
    void this.nav.go('results');
  }
}
