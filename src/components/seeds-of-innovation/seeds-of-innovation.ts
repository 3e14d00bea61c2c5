import { provide } from '@lit/context';
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LOADING } from '../../content/loading.js';
import { screensStrings } from '../../content/screens.js';
import { viewsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import type { SeedsErrorDetail } from '../../events/seeds-error.js';
import { clip } from '../../model/checks.js';
import type { LanguageTag } from '../../model/locale.js';
import type { InstrumentId, ModelInput } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import type { RequestInitHook } from '../../services/delivery.js';
import { Configuration } from '../../state/configuration.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { Navigation } from '../../state/navigation.js';
import { Session } from '../../state/session.js';
import { HandOverController } from '../../state/handover.js';
import { SubmissionController } from '../../state/submission.js';
import { SchemeController } from '../scheme.js';
import { LaterViews } from './later-views.js';
import { deliveryText, renderDelivery, renderTools } from './panels.js';
import { renderLoading, renderScreen, shownResponse } from './screens.js';
import type { Consent, View } from './types.js';
import { styles } from './styles.js';

// The root composes four controllers, each with one job, and renders what they hold:
// - `config` (src/state/configuration.ts): attributes and properties → resolved values, problems reported;
// - `nav` (src/state/navigation.ts): the screen shown and its focus, in step with `view`;
// - `session` (src/state/session.ts): draft, history and outbox of the storage namespace;
// - `submission` (src/state/submission.ts): Finish, consent, sending, retry, delete.
// The screens themselves are rendered in ./screens.ts. No I/O happens in `willUpdate`: storage is
// opened in `updated`, after the attribute that names it was resolved.
// Over 250 lines only because the public API is documented here (about 65 lines of @fires, @csspart
// and @cssprop tags, read by the custom-elements manifest); the class itself is about 195 lines.

/**
 * Seeds of Innovation: a questionnaire on the twelve success factors of a learning community,
 * with the scores shown as a flower and advice for the weakest factors.
 *
 * @tagname seeds-of-innovation
 * @summary Score the twelve success factors of a learning community.
 *
 * @fires {CustomEvent<SeedsAnswerDetail>} seeds-answer - An answer changed. Detail: `{ item, factor, value }`.
 * @fires {CustomEvent<SeedsCompleteDetail>} seeds-complete - The questionnaire was completed. Detail: `{ response }`.
 * @fires {CustomEvent<SeedsSubmitDetail>} seeds-submit - Cancelable; just before a response is POSTed. Detail: `{ response, endpoint }`. Cancel it to deliver the response yourself.
 * @fires {CustomEvent<SeedsDeliveredDetail>} seeds-delivered - The endpoint accepted a response (2xx). Detail: `{ id, status, attempt }`.
 * @fires {CustomEvent<SeedsDeliveryErrorDetail>} seeds-delivery-error - A delivery attempt failed. Detail: `{ id, status, attempt, willRetry, message }`.
 * @fires {CustomEvent<SeedsFactorSelectDetail>} seeds-factor-select - The user opened a factor from the flower. Detail: `{ factor }`.
 * @fires {CustomEvent<SeedsErrorDetail>} seeds-error - A configuration or storage problem; the element carries on with a fallback. Detail: `{ code, message }`. Code `draft-open-elsewhere`: the questionnaire is open in another tab and read-only here until that one closes.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A message about a problem (for example that answers will not be kept).
 * @csspart elsewhere - Instead of the questions: the questionnaire is open in another tab (continue there, or "continue here instead").
 * @csspart consent - The consent step before sending.
 * @csspart delivery - The line that says whether the response was sent.
 * @csspart tools - New measurement, earlier measurements, delete my data.
 * @csspart questionnaire - The questionnaire form (one step).
 * @csspart intro - The questionnaire's first screen.
 * @csspart progress - The step counter and progress bar above the statements.
 * @csspart statement - One statement (a fieldset with its answer options), also the role question.
 * @csspart option - One answer option (a label around its radio button).
 * @csspart warning - The notice about statements left open.
 * @csspart button - Every button with a frame, in every view (not the links in sentences).
 * @csspart button-primary - The main action of a screen (also a `button`): start, next, finish, agree, close, copy.
 * @csspart results - The results view.
 * @csspart dialog - The factor detail dialog of the results view.
 * @csspart agenda - The agenda builder.
 * @csspart exports - The downloads of the results view.
 * @csspart history - The earlier measurements view.
 * @csspart group - The group view.
 * @csspart flower - The nested `<seeds-flower>` element in the results, history and group views.
 * @csspart flower-svg - The flower's drawing.
 * @csspart flower-legend - The flower's legend of numbers and names (narrow widths).
 * @csspart flower-toggle - The flower's show-table button.
 * @csspart flower-table - The flower's data table.
 *
 * @cssprop --seeds-color-accent - Buttons, progress and selected options.
 * @cssprop --seeds-color-on-accent - Text on the accent colour.
 * @cssprop --seeds-color-text - Text colour (defaults to the page's; black or white to suit --seeds-color-surface when only that is set).
 * @cssprop --seeds-color-muted - Secondary text.
 * @cssprop --seeds-color-border - Borders of fieldsets and tables.
 * @cssprop --seeds-color-danger - Problem notices and the delete button.
 * @cssprop --seeds-color-surface - Background of the widget (transparent by default); also what hides the scroll shadows of wide tables (else Canvas).
 * @cssprop --seeds-color-dialog - Background of the factor detail dialog (Canvas by default).
 * @cssprop --seeds-color-on-dialog - Text on the dialog (black or white to suit --seeds-color-dialog by default).
 * @cssprop --seeds-font-heading - Font family of the headings (the host's font by default).
 * @cssprop --seeds-flower-halo - Background of the flower's heart and tooltip, and the lines between petals.
 * @cssprop --seeds-flower-on-halo - Text on the halo: the heart's score (black or white to suit the halo by default).
 * @cssprop --seeds-radius - Corner radius.
 * @cssprop --seeds-focus-ring - Focus outline.
 * @cssprop --seeds-spacing - Space between the main blocks.
 * @cssprop --seeds-max-width - The widget's maximum width.
 * @cssprop --seeds-group-people - Colour of the group "people" (factors 1–2) in the flower and the views.
 * @cssprop --seeds-group-process - Colour of the group "process" (factors 3–4).
 * @cssprop --seeds-group-content - Colour of the group "content" (factors 5–7).
 * @cssprop --seeds-group-precondition - Colour of the group "precondition" (factor 8).
 * @cssprop --seeds-group-outcomes - Colour of the group "outcomes" (factors 9–12).
 * @cssprop --seeds-flower-ring - The flower's rings at 25, 50, 75 and 100 and its petal outlines.
 * @cssprop --seeds-focus-color - Colour of the focus outline around a petal of the flower.
 */
export class SeedsOfInnovation extends LitElement {
  static override styles = styles;

  /** Language: `nl` (default) or `en` (a region such as `nl-BE` is fine); without it, the document's language when supported. */
  @property() override lang: LanguageTag = '';

  /** Which questionnaire: `quick` (12 statements, default) or `full` (36). */
  @property() instrument: InstrumentId = 'quick';

  /** Identifier of the learning community; it goes into the payload and namespaces local storage. */
  @property() community: string | null = null;

  /** Namespace for local storage when it should differ from `community`. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;

  /** URL (http or https, relative or absolute) that completed responses are POSTed to. Without it nothing leaves the browser. */
  @property() endpoint: string | null = null;

  /** `given` skips the consent step (the host asked for consent itself). */
  @property() consent: Consent | null = null;

  /** `questionnaire` (default), `results`, `history` or `group`. Follows the participant's navigation (reflected). */
  @property({ reflect: true }) view: View = 'questionnaire';

  /** Shows answers and results without letting them be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A host-supplied factor model; validated, and ignored with a `seeds-error` when invalid. */
  @property({ attribute: false }) model: ModelInput | undefined = undefined;

  /** Responses (payloads) to show in the group view; validated there in slices, unreadable ones left out with a `seeds-error`. */
  @property({ attribute: false }) results: readonly SeedsResponse[] | undefined = undefined;

  /**
   * Adds request options to each POST, e.g. `(response) => ({ headers: { Authorization: 'Bearer …' } })`.
   * Credentials are not sent unless this sets `credentials`.
   */
  @property({ attribute: false }) requestInit: RequestInitHook | undefined = undefined;

  /** Group view: URL answering the group's responses as a JSON array (e.g. the collector's); read while visible, with the `requestInit` headers. `results` wins. */
  @property() source: string | null = null;

  /** Measurement round (any text, e.g. `kick-off`): goes into each payload as `round`; the group view shows it first. */
  @property() round: string | null = null;

  /** Group view: fewer respondents than this (default and least 3) show no figures, only how many answered. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = 3;

  /** Group view: start in presentation mode (large flower for a projector). */
  @property({ type: Boolean }) presentation = false;

  /** Group view: the participants' link, shown as a link, a copy button and a QR code. */
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;

  @provide({ context: seedsContext })
  @state()
  private context!: SeedsContext;

  @state() private confirmingDelete = false;

  private readonly warned = new Set<string>();
  /** @internal */
  readonly config = new Configuration(this, (error) => this.reportError(error));
  /** @internal */
  readonly nav = new Navigation(this, this.config);
  /** @internal */
  readonly session = new Session(this, {
    report: (code, message) => this.reportError({ code, message }),
    fresh: () => ({ instrument: this.config.instrument, locale: this.config.wanted }),
    namespace: () => this.config.namespace,
    endpoint: () => this.config.endpoint,
    delivery: {
      requestInit: (response) => this.requestInit?.(response) ?? {},
      beforeSend: (response, endpoint) => emit(this, 'seeds-submit', { response, endpoint }, { cancelable: true }),
      onDelivered: (detail) => emit(this, 'seeds-delivered', detail),
      onDeliveryError: (detail) => emit(this, 'seeds-delivery-error', detail),
    },
  });
  /** @internal */
  readonly submission = new SubmissionController(this, this.session, this.config, this.nav, (response) =>
    emit(this, 'seeds-complete', { response }),
  );

  /** @internal */
  readonly handover = new HandOverController(this, this.session, this.nav);

  /** @internal */
  protected readonly scheme = new SchemeController(this, () => this.renderRoot.querySelector<HTMLElement>('.base'));
  /** @internal The later views (results, history, group): files of their own, loaded when needed. */
  readonly views = new LaterViews(this);

  /**
   * A shadow root rendered on the server (declarative shadow DOM from @lit-labs/ssr) is emptied
   * before the first render: the browser renders afresh instead of adding a second copy after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Resolves when what the participant did is saved; useful before navigating away programmatically. */
  async saved(): Promise<void> {
    await this.session.settle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server rendering (Lit SSR) calls willUpdate and render but neither the controllers' hostUpdate
    // nor update(): the configuration is resolved here, so the server renders what the browser
    // shows before storage is read (the region and a loading line, in the host's language).
    if (isServer) {
      this.config.hostUpdate();
      this.context = this.config.context;
    }
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The configuration resolved in `hostUpdate` (just before this); the views read it from context.
    if ((this.config.changed.has('locale') || this.config.changed.has('model')) && this.config.ready)
      this.context = this.config.context;
    if (this.config.changed.has('namespace')) this.confirmingDelete = false;
    super.update(changed);
  }

  /** Also waits for the language and a view that are loading, so that they are rendered when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.views.loading || this.config.languageLoad) {
      await Promise.all([this.views.settled(), this.config.languageLoad]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { config, session } = this;
    // The first screen is there: fetch what comes after it while the participant reads.
    if (session.loaded) this.views.prefetch();
    if (config.changed.has('instrument') && session.loaded && session.draft.instrument !== config.instrument) {
      // Quick asks each factor's first statement of full: answers carry over both ways.
      session.updateDraft({ instrument: config.instrument });
    }
    // A refused response (401/403 from an expired token) gets another chance with the new credentials.
    if (changed.has('requestInit') && changed.get('requestInit') !== undefined) this.submission.retryRefused();
  }

  override render() {
    const { config, nav, session, submission } = this;
    if (!config.ready) {
      // No language yet: the first file says it is loading (or could not), in the language asked for.
      return html`<div class="base" part="base" lang=${config.wanted}>
        ${renderLoading(LOADING[config.wanted], config.languageFailed !== null, () => config.retryLanguage())}
      </div>`;
    }
    const v = viewsStrings(config.locale);
    const switching = config.languageFailed
      ? renderLoading(LOADING[config.languageFailed], true, () => config.retryLanguage(), false)
      : nothing;
    const screen = nav.screen;
    return html`
      <div class="base" part="base" role="region" aria-label=${this.context.ui.widgetLabel} lang=${config.locale}>
        <div role="status" class="notice-region">
          ${session.persistent ? nothing : html`<p class="notice" part="notice">${v.storage.unavailable}</p>`}
          ${this.deliveryAnnouncement()}
          ${
            this.handover.state === 'taken' && session.ownsDraft
              ? html`<p class="visually-hidden">${v.storage.elsewhere.taken}</p>`
              : nothing
          }
        </div>
        ${switching} ${session.loaded ? renderScreen(this) : html`<p class="loading">${v.tools.loading}</p>`}
        ${
          screen === 'results'
            ? nothing
            : session.failedDeliveries.map((s) => renderDelivery(v.delivery, s, () => submission.retry(s.id)))
        }
        ${
          this.readonly || screen === 'group' || screen === 'consent' || !session.loaded
            ? nothing
            : renderTools({
                t: v.tools,
                data: screensStrings(config.locale).data,
                canStartNew: screen !== 'questionnaire' && session.history.length > 0,
                newIsPrimary: screen === 'history',
                hasHistory: session.history.length > 0 && screen !== 'history',
                hasData: hasStoredData(session),
                deleteElsewhere: session.ownsDraft ? null : v.storage.elsewhere.deleteThere,
                confirming: this.confirmingDelete,
                message: submission.message,
                onNew: () => submission.startNew(),
                onHistory: () => nav.go('history'),
                onDelete: () => (this.confirmingDelete = !this.confirmingDelete),
                onConfirm: (yes) => this.handleDelete(yes),
              })
        }
      </div>
    `;
  }

  /**
   * Where sending the shown response stands, for screen readers: said in this region, which is
   * always there, so "Sending…" is announced as soon as it starts (a live region inserted with its
   * text is often not) and once; the visible line under the heading says the same without a role.
   */
  private deliveryAnnouncement() {
    if (this.nav.screen !== 'results') return nothing;
    const response = shownResponse(this);
    const text =
      response && deliveryText(viewsStrings(this.config.locale).delivery, this.session.deliveryOf(response.id));
    return text ? html`<p class="visually-hidden" data-announce>${text}</p>` : nothing;
  }

  private async handleDelete(yes: boolean): Promise<void> {
    this.confirmingDelete = false;
    if (yes) return this.submission.deleteAll();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="delete"]')?.focus();
  }

  /** Fires `seeds-error` for a problem, warning once per distinct message in the console. */
  private reportError(problem: SeedsErrorDetail): void {
    const error = { code: problem.code, message: clip(problem.message) };
    emit(this, 'seeds-error', error);
    if (!this.warned.has(error.message)) {
      this.warned.add(error.message);
      console.warn(`<seeds-of-innovation>: ${error.message}`);
    }
  }
}

/** Whether this namespace keeps anything on the device: a measurement, or a questionnaire begun. */
function hasStoredData(session: Session): boolean {
  const draft = session.draft;
  return (
    session.history.length > 0 ||
    draft.step > 0 ||
    draft.role !== null ||
    (draft.phase ?? null) !== null ||
    Object.keys(draft.answers).length > 0
  );
}
