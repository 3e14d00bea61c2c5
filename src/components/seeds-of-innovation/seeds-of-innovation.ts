import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_MODEL, groupNames } from '../../content/default-model.js';
import { uiStrings, viewsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import type { SeedsErrorCode } from '../../events/seeds-error.js';
import type { Agenda } from '../../model/agenda.js';
import type { InstrumentId } from '../../model/instruments.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import { buildResponse, type SeedsResponse } from '../../model/response.js';
import { validateModel } from '../../model/validate-model.js';
import { resolveEndpoint } from '../../services/endpoint.js';
import type { RequestInitHook } from '../../services/delivery.js';
import { resolveInstrument, resolveLocale, resolveView, type View } from '../../state/config.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { validateResults } from '../../state/group-results.js';
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
  static readonly version = '0.1.0';

  /** Language: `nl` (default) or `en`; without it, the document's language when supported. */
  @property() override accessor lang = '';

  /** Which questionnaire: `quick` (12 statements, default) or `full` (36). */
  @property() accessor instrument = 'quick';

  /** Identifier of the learning community; it goes into the payload and namespaces local storage. */
  @property() accessor community: string | null = null;

  /** Namespace for local storage when it should differ from `community`. */
  @property({ attribute: 'storage-key' }) accessor storageKey: string | null = null;

  /** URL (http or https, relative or absolute) that completed responses are POSTed to. Without it nothing leaves the browser. */
  @property() accessor endpoint: string | null = null;

  /** `given` skips the consent step (the host asked for consent itself). */
  @property() accessor consent: string | null = null;

  /** `questionnaire` (default), `results`, `history` or `group`. */
  @property() accessor view = 'questionnaire';

  /** Shows answers and results without letting them be changed. */
  @property({ type: Boolean, reflect: true }) accessor readonly = false;

  /** A host-supplied factor model; validated, and ignored with a `seeds-error` when invalid. */
  @property({ attribute: false }) accessor model: unknown = undefined;

  /** Responses (payloads) to show in the group view; unreadable ones are left out with a `seeds-error`. */
  @property({ attribute: false }) accessor results: unknown = undefined;

  /**
   * Adds request options to each POST, e.g. `(response) => ({ headers: { Authorization: 'Bearer …' } })`.
   * Credentials are not sent unless this sets `credentials`.
   */
  @property({ attribute: false }) accessor requestInit: RequestInitHook | undefined = undefined;

  @provide({ context: seedsContext })
  @state()
  private accessor context!: SeedsContext;

  @state() private accessor screen: Screen = 'questionnaire';
  /** The response shown in the results view; null shows the latest. */
  @state() private accessor shown: SeedsResponse | null = null;
  /** A completed response waiting for the participant's consent. */
  @state() private accessor pending: SeedsResponse | null = null;
  @state() private accessor confirmingDelete = false;
  @state() private accessor message = '';

  private locale: Locale = 'nl';
  private activeInstrument: InstrumentId = 'quick';
  private activeModel: Model = DEFAULT_MODEL;
  private endpointUrl: string | null = null;
  private group: { responses: SeedsResponse[]; skipped: number } = { responses: [], skipped: 0 };
  private readonly warned = new Set<string>();

  private readonly session = new Session(
    this,
    {
      report: (code, message) => this.report(code, message),
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
    if (changed.has('lang')) this.locale = this.check(resolveLocale(this.lang, document.documentElement.lang));
    if (changed.has('instrument')) this.activeInstrument = this.check(resolveInstrument(this.instrument));
    if (changed.has('view')) this.screen = this.check(resolveView(this.view));
    if (changed.has('model')) this.activeModel = this.resolveModel();
    if (changed.has('endpoint')) this.endpointUrl = this.resolveEndpointUrl();
    if (changed.has('results') || changed.has('model')) this.group = this.resolveResults();
    if (changed.has('community') || changed.has('storageKey') || !this.session.loaded) {
      void this.session.open(this.storageKey || this.community || 'default', this.activeInstrument, this.locale);
    }
    if (changed.has('instrument') && this.session.loaded && this.session.draft.instrument !== this.activeInstrument) {
      this.session.restart(this.activeInstrument, this.locale);
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
        ${this.session.persistent ? nothing : html`<p class="notice" part="notice">${v.storage.unavailable}</p>`}
        ${this.renderScreen()}
        ${
          this.readonly || this.screen === 'group' || this.screen === 'consent' || !this.session.loaded
            ? nothing
            : renderTools({
                t: v.tools,
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
    if (!this.session.loaded) return nothing;
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
    if (!response) {
      if (!this.session.loaded) return nothing;
      const t = viewsStrings(this.locale);
      return html`<p>${t.history.empty}</p>`;
    }
    const index = history.findIndex((e) => e.response.id === response.id);
    const entry = index >= 0 ? history[index] : undefined;
    const previous = index > 0 ? history[index - 1] : index < 0 ? history.at(-1) : undefined;
    const v = viewsStrings(this.locale);
    return html`
      <h2 id="results-heading" tabindex="-1">${this.context.ui.results.heading}</h2>
      ${renderDelivery(v.delivery, this.session.deliveryOf(response.id), () => void this.session.retry(response.id))}
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
    this.shown = response;
    this.message = '';
    const completing = this.session.complete(response);
    this.session.restart(this.activeInstrument, this.locale);
    emit(this, 'seeds-complete', { response });
    if (this.endpointUrl && this.consent === 'given') {
      await completing;
      await this.session.send(response, this.endpointUrl);
    } else if (this.endpointUrl) {
      this.pending = response;
    }
    this.go(this.pending ? 'consent' : 'results');
    await completing;
  }

  private async handleConsent(agree: boolean): Promise<void> {
    const response = this.pending;
    this.pending = null;
    this.message = agree ? '' : viewsStrings(this.locale).consent.declined;
    this.go('results');
    if (agree && response && this.endpointUrl) await this.session.send(response, this.endpointUrl);
  }

  private handleNew(): void {
    this.shown = null;
    this.message = '';
    this.session.restart(this.activeInstrument, this.locale);
    this.go('questionnaire');
  }

  private async handleDelete(yes: boolean): Promise<void> {
    this.confirmingDelete = false;
    if (!yes) return;
    await this.session.deleteAll(this.activeInstrument, this.locale);
    this.shown = null;
    this.pending = null;
    this.message = viewsStrings(this.locale).tools.deleted;
    this.screen = 'questionnaire';
  }

  private openMeasurement(id: string): void {
    this.shown = this.session.history.find((e) => e.response.id === id)?.response ?? null;
    this.go('results');
  }

  /** Moves to a screen and puts focus on its heading, so keyboard and screen-reader users follow. */
  private async go(screen: Screen): Promise<void> {
    this.screen = screen;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? this.findNestedHeading();
    heading?.focus();
  }

  private findNestedHeading(): HTMLElement | null {
    const child = this.renderRoot.querySelector('seeds-history, seeds-group, seeds-questionnaire');
    return child?.shadowRoot?.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? null;
  }

  private resolveModel(): Model {
    if (this.model === undefined || this.model === null) return DEFAULT_MODEL;
    const result = validateModel(this.model);
    if (result.ok) return result.value;
    this.report(
      'invalid-model',
      `The model property is invalid, so the built-in model is used: ${result.errors.join('; ')}`,
    );
    return DEFAULT_MODEL;
  }

  private resolveEndpointUrl(): string | null {
    if (!this.endpoint) return null;
    const result = resolveEndpoint(this.endpoint, this.ownerDocument.baseURI);
    if (result.ok) return result.url;
    this.report('invalid-endpoint', `endpoint is refused, nothing will be sent: ${result.reason}`);
    return null;
  }

  private resolveResults(): { responses: SeedsResponse[]; skipped: number } {
    if (this.results === undefined || this.results === null) return { responses: [], skipped: 0 };
    const { responses, errors } = validateResults(this.results, this.activeModel);
    if (errors.length) this.report('invalid-results', errors.join('; '));
    return { responses, skipped: errors.length };
  }

  private check<T>(resolved: { value: T; error?: { code: SeedsErrorCode; message: string } }): T {
    if (resolved.error) this.report(resolved.error.code, resolved.error.message);
    return resolved.value;
  }

  /** Fires `seeds-error` and warns in the console once per distinct problem. */
  private report(code: SeedsErrorCode, message: string): void {
    emit(this, 'seeds-error', { code, message });
    if (!this.warned.has(message)) {
      this.warned.add(message);
      console.warn(`<seeds-of-innovation>: ${message}`);
    }
  }
}
