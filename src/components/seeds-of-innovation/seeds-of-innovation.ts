import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_MODEL, groupNames } from '../../content/default-model.js';
import { uiStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import type { SeedsErrorCode } from '../../events/seeds-error.js';
import type { InstrumentId } from '../../model/instruments.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import { buildResponse, type SeedsResponse } from '../../model/response.js';
import type { Role } from '../../model/roles.js';
import type { AnswerValue } from '../../model/scale.js';
import { validateModel } from '../../model/validate-model.js';
import { resolveInstrument, resolveLocale, resolveView, type View } from '../../state/config.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { newDraft, newId, type Draft } from '../../state/measurement.js';
import type { QuestionnaireEvents } from '../questionnaire/questionnaire.js';
import { renderScoreTable } from './score-table.js';
import { styles } from './styles.js';

/**
 * Seeds of Innovation: a questionnaire on the twelve success factors of a learning community,
 * with the scores shown as a flower and advice for the weakest factors.
 *
 * @tagname seeds-of-innovation
 * @summary Score the twelve success factors of a learning community.
 *
 * @fires seeds-answer - An answer changed. Detail: `{ item, factor, value }`.
 * @fires seeds-complete - The questionnaire was completed. Detail: `{ response }`.
 * @fires seeds-error - A configuration or storage problem; the element carries on with a fallback. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A message about a problem (for example that answers will not be kept).
 *
 * @cssprop --seeds-color-accent - Buttons, progress and selected options.
 * @cssprop --seeds-color-on-accent - Text on the accent colour.
 * @cssprop --seeds-color-text - Text colour (defaults to the page's).
 * @cssprop --seeds-color-muted - Secondary text.
 * @cssprop --seeds-color-border - Borders of fieldsets and tables.
 * @cssprop --seeds-color-danger - Problem notices.
 * @cssprop --seeds-color-surface - Background of the widget (transparent by default).
 * @cssprop --seeds-radius - Corner radius.
 * @cssprop --seeds-focus-ring - Focus outline.
 * @cssprop --seeds-spacing - Space between the main blocks.
 * @cssprop --seeds-max-width - The widget's maximum width.
 */
export class SeedsOfInnovation extends LitElement {
  static override styles = styles;
  static readonly version = '0.1.0';

  /** Language: `nl` (default) or `en`; without it, the document's language when supported. @attr lang */
  @property({ reflect: true }) override accessor lang = '';

  /** Which questionnaire: `quick` (12 statements, default) or `full` (36). @attr instrument */
  @property() accessor instrument = 'quick';

  /** Identifier of the learning community; it goes into the payload and namespaces local storage. @attr community */
  @property() accessor community: string | null = null;

  /** URL that completed responses are POSTed to. Without it nothing leaves the browser. @attr endpoint */
  @property() accessor endpoint: string | null = null;

  /** `questionnaire` (default), `results`, `history` or `group`. @attr view */
  @property() accessor view = 'questionnaire';

  /** Shows answers and results without letting them be changed. @attr readonly */
  @property({ type: Boolean, reflect: true }) accessor readonly = false;

  /** A host-supplied factor model; validated, and ignored with a `seeds-error` when invalid. */
  @property({ attribute: false }) accessor model: unknown = undefined;

  @provide({ context: seedsContext })
  @state()
  private accessor context!: SeedsContext;

  @state() private accessor draft!: Draft;
  @state() private accessor completed: SeedsResponse | null = null;
  @state() private accessor activeView: View = 'questionnaire';

  private locale: Locale = 'nl';
  private activeInstrument: InstrumentId = 'quick';
  private activeModel: Model = DEFAULT_MODEL;
  private readonly warned = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.locale = this.check(resolveLocale(this.lang, document.documentElement.lang));
    if (changed.has('instrument')) this.activeInstrument = this.check(resolveInstrument(this.instrument));
    if (changed.has('view')) this.activeView = this.check(resolveView(this.view));
    if (changed.has('model')) this.activeModel = this.resolveModel();
    if (!this.draft || (changed.has('instrument') && this.draft.instrument !== this.activeInstrument)) {
      this.draft = newDraft(this.activeInstrument, this.locale);
      this.completed = null;
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
    return html`
      <div class="base" part="base" role="region" aria-label=${ui.widgetLabel}>
        ${this.activeView === 'results' || this.completed ? this.renderResults() : this.renderQuestionnaire()}
      </div>
    `;
  }

  private renderQuestionnaire() {
    return html`
      <seeds-questionnaire
        instrument=${this.activeInstrument}
        .step=${this.draft.step}
        .answers=${this.draft.answers}
        .respondentRole=${this.draft.role}
        ?has-endpoint=${Boolean(this.endpoint)}
        ?readonly=${this.readonly}
        @questionnaire-step=${this.handleStep}
        @questionnaire-role=${this.handleRole}
        @questionnaire-answer=${this.handleAnswer}
        @questionnaire-finish=${this.handleFinish}
      ></seeds-questionnaire>
    `;
  }

  private renderResults() {
    const { ui } = this.context;
    if (!this.completed) return nothing;
    return html`
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1">${ui.results.heading}</h2>
        ${renderScoreTable(this.context, this.completed.scores)}
        ${this.readonly ? nothing : html`<p><button type="button" @click=${this.handleRestart}>${ui.results.again}</button></p>`}
      </section>
    `;
  }

  private handleStep(event: QuestionnaireEvents['questionnaire-step']): void {
    this.draft = { ...this.draft, step: event.detail.step };
  }

  private handleRole(event: QuestionnaireEvents['questionnaire-role']): void {
    this.draft = { ...this.draft, role: event.detail.role };
  }

  private handleAnswer(event: QuestionnaireEvents['questionnaire-answer']): void {
    const { item, value } = event.detail;
    this.draft = { ...this.draft, answers: { ...this.draft.answers, [item]: value as AnswerValue } };
  }

  private async handleFinish(): Promise<void> {
    const response = buildResponse({
      id: this.draft.id,
      model: this.activeModel,
      instrument: this.activeInstrument,
      locale: this.locale,
      community: this.community || null,
      role: (this.draft.role ?? null) as Role | null,
      answers: this.draft.answers,
      startedAt: new Date(this.draft.startedAt),
      completedAt: new Date(),
    });
    this.completed = response;
    emit(this, 'seeds-complete', { response });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  private handleRestart(): void {
    this.completed = null;
    this.draft = { ...newDraft(this.activeInstrument, this.locale), id: newId() };
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
