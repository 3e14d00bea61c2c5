import { provide } from '@lit/context';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { LOADING } from '../../content/loading.js';
import { emit } from '../../events/emit.js';
import { Configuration } from '../../state/configuration.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { ErrorReporter } from '../../state/error-reporter.js';
import { HandOverController } from '../../state/handover.js';
import { Navigation } from '../../state/navigation.js';
import { Session } from '../../state/session.js';
import { SubmissionController } from '../../state/submission.js';
import { SchemeController } from '../scheme.js';
import { renderFooter, renderStatus } from './frame.js';
import { LaterViews } from './later-views.js';
import { ToolsFile } from './tools-file.js';
import { SeedsOfInnovationApi } from './public-api.js';
import { renderLoading, renderScreen } from './screens.js';
import { styles } from './styles.js';

// The root composes controllers, each with one job, and renders what they hold:
// - `config` (src/state/configuration.ts): attributes and properties → resolved values, problems reported;
// - `nav` (src/state/navigation.ts): the screen shown and its focus, in step with `view`;
// - `session` (src/state/session.ts): draft, history and outbox of the storage namespace;
// - `submission` (src/state/submission.ts): Finish, consent, sending, retry, delete;
// - `handover` (src/state/handover.ts): "continue here instead" when another tab has the draft;
// - `views` (./later-views.ts): the later views, files of their own loaded when needed;
// - `tools` (./tools-file.ts): the tools under the screen, which come with the views' file.
// The screens are rendered in ./screens.ts, what surrounds them in ./frame.ts. No I/O happens in
// `willUpdate`: storage is opened by the session after the attribute that names it was resolved.
// The attributes, properties, events, parts and custom properties are declared and documented in
// ./public-api.ts, which this class extends.

/**
 * Seeds of Innovation: a questionnaire on the twelve success factors of a learning community,
 * with the scores shown as a flower and advice for the weakest factors.
 *
 * @tagname seeds-of-innovation
 * @summary Score the twelve success factors of a learning community.
 */
export class SeedsOfInnovation extends SeedsOfInnovationApi {
  static override styles = styles;

  @provide({ context: seedsContext })
  @state()
  private context!: SeedsContext;

  private readonly errors = new ErrorReporter(this);
  /** @internal */
  readonly config = new Configuration(this, this.errors.report);
  /** @internal */
  readonly nav = new Navigation(this, this.config);
  /** @internal */
  readonly session = new Session(this, {
    report: (code, message) => this.errors.report({ code, message }),
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
  /** @internal */
  readonly tools: ToolsFile = new ToolsFile(this, () => this.views.retryFailed());
  /** @internal */
  readonly views = new LaterViews(this, () => this.tools.retry());

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
    super.update(changed);
  }

  /** Also waits for the language, a view and the tools that are loading, so that they are rendered when this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const { config } = this;
    while (
      this.views.loading ||
      this.tools.loading ||
      config.languageLoad ||
      config.modelLoad ||
      config.statementsLoad
    ) {
      await Promise.all([
        this.views.settled(),
        this.tools.settled(),
        config.languageLoad,
        config.modelLoad,
        config.statementsLoad,
      ]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { config, session } = this;
    // The first screen is there: fetch what comes after it while the participant reads.
    if (session.loaded && config.ready) this.views.prefetch(session.history.length > 0);
    if (config.changed.has('instrument') && session.loaded && session.draft.instrument !== config.instrument) {
      // Quick asks each factor's first statement of full: answers carry over both ways. After this
      // update, not in it: the changed draft renders in an update of its own.
      void this.updateComplete.then(() => session.updateDraft({ instrument: config.instrument }));
    }
    // A refused response (401/403 from an expired token) gets another chance with the new credentials.
    if (changed.has('requestInit') && changed.get('requestInit') !== undefined) this.submission.retryRefused();
  }

  override render() {
    const { config, session } = this;
    if (!config.ready) {
      // No language yet: the first file says it is loading (or could not), in the language asked for.
      return html`<div class="base" part="base" lang=${config.wanted}>
        ${renderLoading(LOADING[config.wanted], config.languageFailed !== null || config.modelFailed, () => config.retryLanguage())}
      </div>`;
    }
    // Switching language: the old texts stay until the new ones are there, or this says they could not come.
    const failed = config.languageFailed ?? (config.modelFailed ? config.locale : null);
    const t = LOADING[config.locale];
    // A file that storage or "Finish" needs did not load (services/checks-file.ts, state/completion-file.ts): the answers stay stored.
    const retry = session.readFailed
      ? () => session.retryRead()
      : this.submission.finishFailed
        ? () => void this.submission.finish()
        : null;
    return html`
      <div class="base" part="base" role="region" aria-label=${this.context.ui.widgetLabel} lang=${config.locale}>
        ${renderStatus(this)}
        ${failed ? renderLoading(LOADING[failed], true, () => config.retryLanguage(), false) : nothing}
        ${retry ? html`<div data-finish-failed>${renderLoading(t, true, retry, !session.loaded)}</div>` : nothing}
        ${session.loaded ? renderScreen(this) : retry ? nothing : html`<p class="loading">${t.loading}</p>`}
        ${renderFooter(this)}
      </div>
    `;
  }
}
