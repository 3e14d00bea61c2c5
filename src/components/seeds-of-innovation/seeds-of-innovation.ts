import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_MODEL, groupNames } from '../../content/default-model.js';
import { resultsStrings, uiStrings, viewsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import type { Agenda } from '../../model/agenda.js';
import type { InstrumentId } from '../../model/instruments.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import { buildResponse, type SeedsResponse } from '../../model/response.js';
import type { RequestInitHook } from '../../services/delivery.js';
import {
  resolveEndpointUrl,
  resolveInstrument,
  resolveLocale,
  resolveModel,
  resolveView,
  type Resolved,
  type View,
} from '../../state/config.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { validateResults } from '../../state/group-results.js';
import { newDraft } from '../../state/measurement.js';
import { Session } from '../../state/session.js';
import type { QuestionnaireEvents } from '../questionnaire/questionnaire.js';
import { renderConsent, renderDelivery, renderTools } from './panels.js';
import { styles } from './styles.js';

type Screen = View | 'consent';

/**
 * Seeds of Innovation: a questionnaire on the twelve success factors of a learning community,
 * with the scores shown as a flower and advice for the weakest factors.
 *
 * @tagname seeds-of-innovation
 * @summary Score the twelve success factors of a learning community.
 *
 * @fires seeds-answer - An answer changed. Detail: `{ item, factor, value }`.
 * @fires seeds-complete - The questionnaire was completed. Detail: `{ response }`.
 * @fires seeds-submit - Cancelable; just before a response is POSTed. Detail: `{ response, endpoint }`. Cancel it to deliver the response yourself.
 * @fires seeds-delivered - The endpoint accepted a response (2xx). Detail: `{ id, status, attempt }`.
 * @fires seeds-delivery-error - A delivery attempt failed. Detail: `{ id, status, attempt, willRetry, message }`.
 * @fires seeds-factor-select - The user opened a factor from the flower. Detail: `{ factor }`.
 * @fires seeds-error - A configuration or storage problem; the element carries on with a fallback. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A message about a problem (for example that answers will not be kept).
 * @csspart consent - The consent step before sending.
 * @csspart delivery - The line that says whether the response was sent.
 * @csspart tools - New measurement, earlier measurements, delete my data.
 *
 * @cssprop --seeds-color-accent - Buttons, progress and selected options.
 * @cssprop --seeds-color-on-accent - Text on the accent colour.
 * @cssprop --seeds-color-text - Text colour (defaults to the page's).
 * @cssprop --seeds-color-muted - Secondary text.
 * @cssprop --seeds-color-border - Borders of fieldsets and tables.
 * @cssprop --seeds-color-danger - Problem notices and the delete button.
 * @cssprop --seeds-color-surface - Background of the widget (transparent by default).
 * @cssprop --seeds-color-dialog - Background of the factor detail dialog (Canvas by default).
 * @cssprop --seeds-radius - Corner radius.
 * @cssprop --seeds-focus-ring - Focus outline.
 * @cssprop --seeds-spacing - Space between the main blocks.
 * @cssprop --seeds-max-width - The widget's maximum width.
 * @cssprop --seeds-group-people - Petal colour of the people group (also process, content, precondition, outcomes).
 */
export class SeedsOfInnovation extends LitElement {
  static override styles = styles;

  /** Language: `nl` (default) or `en`; without it, the document's language when supported. */
  @property() override lang = '';

  /** Which questionnaire: `quick` (12 statements, default) or `full` (36). */
  @property() instrument = 'quick';

  /** Identifier of the learning community; it goes into the payload and namespaces local storage. */
  @property() community: string | null = null;

  /** Namespace for local storage when it should differ from `community`. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;

  /** URL (http or https, relative or absolute) that completed responses are POSTed to. Without it nothing leaves the browser. */
  @property() endpoint: string | null = null;

  /** `given` skips the consent step (the host asked for consent itself). */
  @property() consent: string | null = null;

  /** `questionnaire` (default), `results`, `history` or `group`. Follows the participant's navigation (reflected). */
  @property({ reflect: true }) view = 'questionnaire';

  /** Shows answers and results without letting them be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A host-supplied factor model; validated, and ignored with a `seeds-error` when invalid. */
  @property({ attribute: false }) model: unknown = undefined;

  /** Responses (payloads) to show in the group view; unreadable ones are left out with a `seeds-error`. */
  @property({ attribute: false }) results: unknown = undefined;

  /**
   * Adds request options to each POST, e.g. `(response) => ({ headers: { Authorization: 'Bearer …' } })`.
   * Credentials are not sent unless this sets `credentials`.
   */
  @property({ attribute: false }) requestInit: RequestInitHook | undefined = undefined;

  @provide({ context: seedsContext })
  @state()
  private context!: SeedsContext;

  @state() private screen: Screen = 'questionnaire';
  /** The response shown in the results view; null shows the latest. */
  @state() private shown: SeedsResponse | null = null;
  /** A completed response waiting for the participant's consent. */
  @state() private pending: SeedsResponse | null = null;
  @state() private confirmingDelete = false;
  @state() private message = '';

  private locale: Locale = 'nl';
  private activeInstrument: InstrumentId = 'quick';
  private activeModel: Model = DEFAULT_MODEL;
  private endpointUrl: string | null = null;
  private group: { responses: SeedsResponse[]; skipped: number } = { responses: [], skipped: 0 };
  /** Whether a response left waiting for consent (the tab closed on that step) was looked for. */
  private resumed = false;
  private readonly warned = new Set<string>();

  private readonly session = new Session(
    this,
    {
      report: (code, message) => this.report({ value: null, error: { code, message } }),
      delivery: {
        requestInit: (response) => this.requestInit?.(response) ?? {},
        beforeSend: (response, endpoint) => emit(this, 'seeds-submit', { response, endpoint }, { cancelable: true }),
        onDelivered: (detail) => emit(this, 'seeds-delivered', detail),
        onDeliveryError: (detail) => emit(this, 'seeds-delivery-error', detail),
      },
    },
    'quick',
    'nl',
  );

  /** Resolves when what the participant did is saved; useful before navigating away programmatically. */
  async saved(): Promise<void> {
    await this.session.settle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.locale = this.report(resolveLocale(this.lang, document.documentElement.lang));
    if (changed.has('instrument')) this.activeInstrument = this.report(resolveInstrument(this.instrument));
    if (changed.has('view')) this.screen = this.report(resolveView(this.view));
    if (changed.has('model')) this.activeModel = this.report(resolveModel(this.model));
    if (changed.has('endpoint'))
      this.endpointUrl = this.report(resolveEndpointUrl(this.endpoint, this.ownerDocument.baseURI));
    if (changed.has('results') || changed.has('model')) this.group = this.resolveResults();
    if (changed.has('community') || changed.has('storageKey') || !this.session.loaded) this.openNamespace();
    if (changed.has('instrument') && this.session.loaded && this.session.draft.instrument !== this.activeInstrument) {
      // Quick asks each factor's first statement of full: answers carry over both ways.
      this.session.updateDraft({ instrument: this.activeInstrument });
    }
    if (this.session.loaded && !this.resumed) this.resumeConsent();
    if (changed.has('requestInit') && changed.get('requestInit') !== undefined) {
      // A refused response (401/403 from an expired token) gets another chance with the new credentials.
      for (const failed of this.session.failedDeliveries) void this.session.retry(failed.id);
    }
    if (changed.has('lang') || changed.has('model') || !this.context) {
      this.context = {
        locale: this.locale,
        ui: uiStrings(this.locale),
        model: this.activeModel,
        groups: groupNames(this.locale),
      };
    }
  }

  override render() {
    const { ui } = this.context;
    const v = viewsStrings(this.locale);
    return html`
      <div class="base" part="base" role="region" aria-label=${ui.widgetLabel} lang=${this.locale}>
        <div role="status" class="notice-region">
          ${this.session.persistent ? nothing : html`<p class="notice" part="notice">${v.storage.unavailable}</p>`}
        </div>
        ${this.session.loaded ? this.renderScreen() : html`<p class="loading">${v.tools.loading}</p>`}
        ${this.screen === 'results' ? nothing : this.renderFailed()}
        ${
          this.readonly || this.screen === 'group' || this.screen === 'consent' || !this.session.loaded
            ? nothing
            : renderTools({
                t: v.tools,
                canStartNew: this.screen !== 'questionnaire' && this.session.history.length > 0,
                hasHistory: this.session.history.length > 0 && this.screen !== 'history',
                confirming: this.confirmingDelete,
                message: this.message,
                onNew: () => this.handleNew(),
                onHistory: () => this.go('history'),
                onDelete: () => (this.confirmingDelete = !this.confirmingDelete),
                onConfirm: (yes) => this.handleDelete(yes),
              })
        }
      </div>
    `;
  }

  private renderScreen() {
    const v = viewsStrings(this.locale);
    switch (this.screen) {
      case 'consent':
        return this.pending && this.endpointUrl
          ? renderConsent(v.consent, this.endpointUrl, (agree) => this.handleConsent(agree))
          : this.renderResults();
      case 'results':
        return this.renderResults();
      case 'history':
        return html`<seeds-history
          .responses=${this.session.history.map((e) => e.response)}
          @history-open=${(e: CustomEvent<{ id: string }>) => this.openMeasurement(e.detail.id)}
        ></seeds-history>`;
      case 'group':
        return html`<seeds-group .responses=${this.group.responses} .skipped=${this.group.skipped}></seeds-group>`;
      default:
        return this.renderQuestionnaire();
    }
  }

  private renderQuestionnaire() {
    const draft = this.session.draft;
    return html`
      <seeds-questionnaire
        instrument=${this.activeInstrument}
        .step=${draft.step}
        .answers=${draft.answers}
        .respondentRole=${draft.role}
        ?has-endpoint=${Boolean(this.endpointUrl)}
        ?readonly=${this.readonly}
        @questionnaire-step=${(e: QuestionnaireEvents['questionnaire-step']) => this.session.updateDraft({ step: e.detail.step })}
        @questionnaire-role=${(e: QuestionnaireEvents['questionnaire-role']) => this.session.updateDraft({ role: e.detail.role })}
        @questionnaire-answer=${this.handleAnswer}
        @questionnaire-finish=${this.handleFinish}
      ></seeds-questionnaire>
    `;
  }

  private renderResults() {
    const history = this.session.history;
    const response = this.shown ?? history.at(-1)?.response ?? null;
    const v = viewsStrings(this.locale);
    if (!response) {
      const t = resultsStrings(this.locale);
      return html`<p>${t.noResults}</p>
        <p><button type="button" @click=${() => this.go('questionnaire')}>${t.toQuestionnaire}</button></p>`;
    }
    const index = history.findIndex((e) => e.response.id === response.id);
    const entry = index >= 0 ? history[index] : undefined;
    const previous = index > 0 ? history[index - 1] : index < 0 ? history.at(-1) : undefined;
    const unsent =
      entry &&
      this.endpointUrl &&
      !this.readonly &&
      (entry.sending === 'declined' || entry.sending === 'awaiting-consent');
    return html`
      <h2 id="results-heading" tabindex="-1">${this.context.ui.results.heading}</h2>
      ${renderDelivery(v.delivery, this.session.deliveryOf(response.id), () => this.handleRetry(response.id))}
      ${
        unsent
          ? html`<p><button type="button" @click=${() => this.askConsent(response)}>${v.consent.sendLater}</button></p>`
          : nothing
      }
      <seeds-results
        .response=${response}
        .agenda=${entry?.agenda ?? null}
        .previous=${previous ?? null}
        ?readonly=${this.readonly || !entry}
        @results-agenda=${(e: CustomEvent<{ agenda: Agenda }>) => entry && void this.session.saveAgenda(response.id, e.detail.agenda)}
        @results-import=${(e: CustomEvent<{ response: SeedsResponse }>) => (this.shown = e.detail.response)}
      ></seeds-results>
    `;
  }

  /** Responses the endpoint refused stay visible on every screen until they are sent. */
  private renderFailed() {
    const v = viewsStrings(this.locale);
    return this.session.failedDeliveries.map((status) =>
      renderDelivery(v.delivery, status, () => this.handleRetry(status.id)),
    );
  }

  private handleAnswer(event: QuestionnaireEvents['questionnaire-answer']): void {
    const { item, value } = event.detail;
    this.session.updateDraft({ answers: { ...this.session.draft.answers, [item]: value } });
  }

  private async handleFinish(): Promise<void> {
    const draft = this.session.draft;
    const response = buildResponse({
      id: draft.id,
      model: this.activeModel,
      instrument: this.activeInstrument,
      locale: this.locale,
      community: this.community || null,
      role: draft.role ?? null,
      answers: draft.answers,
      startedAt: new Date(draft.startedAt),
      completedAt: new Date(),
    });
    const given = this.consent === 'given';
    const sending = this.endpointUrl ? (given ? 'queued' : 'awaiting-consent') : undefined;
    this.shown = response;
    this.message = '';
    const completing = this.session.complete(response, sending, newDraft(this.activeInstrument, this.locale));
    emit(this, 'seeds-complete', { response });
    if (sending === 'awaiting-consent') this.askConsent(response);
    else void this.go('results');
    await completing;
    if (sending === 'queued') await this.session.send(response, this.endpointUrl!);
  }

  private askConsent(response: SeedsResponse): void {
    this.pending = response;
    this.shown = response;
    void this.go('consent');
  }

  private async handleConsent(agree: boolean): Promise<void> {
    const response = this.pending;
    this.pending = null;
    this.message = agree ? '' : viewsStrings(this.locale).consent.declined;
    void this.go('results');
    if (!response) return;
    await this.session.markSending(response.id, agree ? 'queued' : 'declined');
    if (agree && this.endpointUrl) await this.session.send(response, this.endpointUrl);
  }

  private async handleRetry(id: string): Promise<void> {
    await this.session.retry(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part="delivery"][data-id="${id}"] p`)?.focus();
  }

  /** Goes to the questionnaire; a measurement in progress is kept, never thrown away. */
  private handleNew(): void {
    this.shown = null;
    this.message = '';
    void this.go('questionnaire');
  }

  private async handleDelete(yes: boolean): Promise<void> {
    this.confirmingDelete = false;
    if (!yes) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-action="delete"]')?.focus();
      return;
    }
    const ok = await this.session.deleteAll(this.activeInstrument, this.locale);
    this.shown = null;
    this.pending = null;
    const t = viewsStrings(this.locale).tools;
    this.message = ok ? t.deleted : t.deleteFailed;
    void this.go('questionnaire');
  }

  private openMeasurement(id: string): void {
    this.shown = this.session.history.find((e) => e.response.id === id)?.response ?? null;
    void this.go('results');
  }

  /** A new namespace is another participant's device space: nothing of the previous one stays on screen. */
  private openNamespace(): void {
    if (this.session.loaded) {
      this.shown = null;
      this.pending = null;
      this.message = '';
      this.confirmingDelete = false;
      this.resumed = false;
    }
    void this.session.open(this.storageKey || this.community || 'default', this.activeInstrument, this.locale);
  }

  /** A response completed while the tab closed on the consent step is asked about again. */
  private resumeConsent(): void {
    this.resumed = true;
    if (!this.endpointUrl || this.readonly || this.screen !== 'questionnaire') return;
    const waiting = [...this.session.history].reverse().find((e) => e.sending === 'awaiting-consent');
    if (waiting) {
      this.pending = waiting.response;
      this.shown = waiting.response;
      this.screen = 'consent';
    }
  }

  /** Moves to a screen, keeps `view` in step, and puts focus on the new heading. */
  private async go(screen: Screen): Promise<void> {
    this.screen = screen;
    if (screen !== 'consent') this.view = screen;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? this.findNestedHeading();
    heading?.focus();
  }

  private findNestedHeading(): HTMLElement | null {
    const child = this.renderRoot.querySelector('seeds-history, seeds-group, seeds-questionnaire');
    return child?.shadowRoot?.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? null;
  }

  private resolveResults(): { responses: SeedsResponse[]; skipped: number } {
    if (this.results === undefined || this.results === null) return { responses: [], skipped: 0 };
    const { responses, errors } = validateResults(this.results, this.activeModel);
    if (errors.length) this.report({ value: null, error: { code: 'invalid-results', message: errors.join('; ') } });
    return { responses, skipped: errors.length };
  }

  /** Fires `seeds-error` for a problem (warning once per distinct message in the console) and returns the value to use. */
  private report<T>(resolved: Resolved<T>): T {
    const { error } = resolved;
    if (error) {
      emit(this, 'seeds-error', error);
      if (!this.warned.has(error.message)) {
        this.warned.add(error.message);
        console.warn(`<seeds-of-innovation>: ${error.message}`);
      }
    }
    return resolved.value;
  }
}
