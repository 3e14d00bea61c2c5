import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { emit } from '../../events/emit.js';
import { fire } from '../../events/internal.js';
import { questionItems, type GroupId, type InstrumentId, type QuestionItem } from '../../model/model.js';
import type { Phase } from '../../model/response.js';
import type { Role } from '../../model/roles.js';
import { SCALE_VALUES, type AnswerValue } from '../../model/scale.js';
import type { Answers } from '../../model/scoring.js';
import { questionnaireSteps, type Step } from '../../model/steps.js';
import { SeedsView } from '../view.js';
import { renderAbout } from './about.js';
import { styles } from './styles.js';

/**
 * The questionnaire: an intro, the optional role and phase questions, then the statements one group
 * per step.
 * Internal to `<seeds-of-innovation>`, which owns the answers; this element only shows them and
 * reports what the participant does.
 *
 * @internal
 * @tagname seeds-questionnaire
 * @fires seeds-answer - The participant changed an answer.
 * @slot waiting - Shown on a statements' page while `waiting`: that the statements are loading, or could not come.
 */
export class SeedsQuestionnaire extends SeedsView {
  static override styles = styles;

  @property() instrument: InstrumentId = 'quick';
  /** 0 is the intro; 1…n are the steps of `questionnaireSteps`. */
  @property({ type: Number }) step = 0;
  @property({ attribute: false }) answers: Answers = {};
  /** undefined: not asked yet; null: prefers not to say. */
  @property({ attribute: false }) respondentRole: Role | null | undefined = undefined;
  /** The community's phase as the participant sees it. undefined: not asked yet; null: does not know. */
  @property({ attribute: false }) phase: Phase | null | undefined = undefined;
  @property({ type: Boolean, attribute: 'has-endpoint' }) hasEndpoint = false;
  @property({ type: Boolean }) readonly = false;
  /**
   * True while the statements are still to come (the full instrument's are a file of their own): a
   * statements' page shows its heading and the `waiting` slot (loading, or a retry) instead, and
   * does not go on.
   */
  @property({ type: Boolean }) waiting = false;

  /** Set when the participant tried to go on with unanswered statements on this step. */
  @state() private warned = false;

  @query('h2') private heading!: HTMLElement | null;

  private get steps(): Step[] {
    return questionnaireSteps(this.context.model, this.instrument);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Move focus to the new step's heading so keyboard and screen-reader users start at the top;
    // not on first render, where the host page decides focus. Also when the statements came while
    // focus was on the waiting message ("Try again"), which is gone now.
    const cameWhileFocused = changed.get('waiting') === true && !this.waiting && this.#focusInWaiting;
    if ((changed.has('step') && changed.get('step') !== undefined) || cameWhileFocused) {
      this.#focusInWaiting = false;
      this.heading?.focus();
    }
  }

  /** Whether focus is in the `waiting` slot's content (the root's message and its "Try again"). */
  #focusInWaiting = false;

  constructor() {
    super();
    this.addEventListener('focusin', (e) => {
      this.#focusInWaiting = (e.target as Element).closest?.('[slot="waiting"]') != null;
    });
    // Moving on to another element clears it; the message being removed under focus does not.
    this.addEventListener('focusout', (e) => {
      if (e.relatedTarget) this.#focusInWaiting = false;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step')) this.warned = false;
  }

  override render() {
    if (!this.context) return nothing;
    const steps = this.steps;
    if (this.step <= 0 || this.step > steps.length) return this.renderIntro();
    const step = steps[this.step - 1];
    return html`
      <form part="questionnaire" @submit=${this.handleSubmit} novalidate>
        ${this.renderProgress(steps.length)}
        ${
          step.kind === 'role'
            ? renderAbout({
                ui: this.context.ui,
                role: this.respondentRole,
                phase: this.phase,
                readonly: this.readonly,
                onRole: (role) => fire(this, 'questionnaire-role', { role }),
                onPhase: (phase) => fire(this, 'questionnaire-phase', { phase }),
              })
            : this.renderGroup(step.group, step.items)
        }
        ${this.warned ? this.renderWarning(this.unansweredCount(step)) : nothing}
        <div class="nav">
          <button type="button" part="button" @click=${this.handleBack}>${this.context.ui.back}</button>
          ${
            (this.readonly && this.step === steps.length) || (this.waiting && step.kind === 'group')
              ? nothing
              : html`<button type="submit" class="primary" part="button button-primary">
                  ${this.step === steps.length ? this.context.ui.finish : this.context.ui.next}
                </button>`
          }
        </div>
      </form>
    `;
  }

  private renderIntro(): TemplateResult {
    const { ui, model } = this.context;
    const count = questionItems(model, this.instrument).length;
    const started =
      Object.keys(this.answers).length > 0 || this.respondentRole !== undefined || this.phase !== undefined;
    return html`
      <section part="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading" tabindex="-1">${ui.intro.heading}</h2>
        <p>${ui.intro.what}</p>
        <p>${ui.intro.duration(this.instrument, count)}</p>
        <p class="we">${ui.intro.we}</p>
        <p>${this.hasEndpoint ? ui.intro.privacyEndpoint : ui.intro.privacyLocal}</p>
        <div class="nav">
          <button type="button" class="primary" part="button button-primary" @click=${() => this.goTo(1)}>
            ${started ? ui.intro.resume : ui.intro.start}
          </button>
        </div>
      </section>
    `;
  }

  private renderProgress(total: number): TemplateResult {
    const { ui } = this.context;
    return html`
      <div class="progress" part="progress">
        <span>${ui.progress(this.step, total)}</span>
        <progress max=${total} .value=${this.step} aria-label=${ui.progressLabel}></progress>
      </div>
    `;
  }

  private renderGroup(group: GroupId, items: readonly QuestionItem[]): TemplateResult {
    const { model, locale, groups } = this.context;
    const factors = model.factors.filter((f) => f.group === group);
    // One template with or without the statements: the heading (and focus on it) stays when they come.
    return html`
      <h2 tabindex="-1">${groups[group]}</h2>
      ${this.waiting ? html`<slot name="waiting"></slot>` : nothing}
      ${(this.waiting ? [] : factors).map(
        (factor) => html`
          <h3>${factor.number}. ${factor.content[locale].title}</h3>
          ${items.filter((item) => item.factor === factor.id).map((item) => this.renderStatement(item))}
        `,
      )}
    `;
  }

  private renderStatement(item: QuestionItem): TemplateResult {
    const { ui, locale } = this.context;
    const id = `q-${item.id.replace(/[^a-z0-9-]/gi, '_')}`;
    const current = this.answers[item.id];
    // After the skip warning, the statements still open are marked, so nobody has to hunt for them.
    const open = this.warned && current === undefined;
    return html`
      <fieldset
        part="statement"
        class="scale ${open ? 'unanswered' : ''}"
        role="radiogroup"
        aria-labelledby=${id}
        aria-describedby=${open ? `${id}-hint` : nothing}
        data-item=${item.id}
      >
        <legend id=${id}>${item.text[locale]}</legend>
        ${open ? html`<p class="hint" id=${`${id}-hint`}>${ui.notAnswered}</p>` : nothing}
        <div class="options">
          ${SCALE_VALUES.map(
            (value) => html`
              <label class="option ${value === null ? 'unknown' : ''}" part="option">
                <input
                  type="radio"
                  name=${item.id}
                  .value=${String(value)}
                  .checked=${live(current === value)}
                  ?disabled=${this.readonly}
                  @change=${() => this.handleAnswer(item, value)}
                />
                <span>${value === null ? ui.scale.unknown : ui.scale[value]}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderWarning(count: number): TemplateResult | typeof nothing {
    if (count === 0) return nothing;
    const { ui } = this.context;
    return html`
      <div class="warning" role="alert" part="warning">
        <p>${ui.unanswered(count)}</p>
        <button type="button" part="button" @click=${this.handleContinueAnyway}>${ui.continueAnyway}</button>
      </div>
    `;
  }

  private unansweredCount(step: Step): number {
    return step.kind === 'group' ? step.items.filter((item) => this.answers[item.id] === undefined).length : 0;
  }

  private handleAnswer(item: QuestionItem, value: AnswerValue): void {
    fire(this, 'questionnaire-answer', { item: item.id, factor: item.factor, value });
    emit(this, 'seeds-answer', { item: item.id, factor: item.factor, value });
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const step = this.steps[this.step - 1];
    if (step && this.unansweredCount(step) > 0 && !this.warned && !this.readonly) {
      this.warned = true;
      return;
    }
    this.advance();
  }

  private handleContinueAnyway(): void {
    this.advance();
  }

  private handleBack(): void {
    this.goTo(this.step - 1);
  }

  private advance(): void {
    if (this.step >= this.steps.length) fire(this, 'questionnaire-finish', undefined);
    else this.goTo(this.step + 1);
  }

  private goTo(step: number): void {
    fire(this, 'questionnaire-step', { step: Math.max(0, step) });
  }
}
