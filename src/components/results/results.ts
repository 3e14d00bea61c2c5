import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { screensStrings } from '../../content/screens.js';
import { resultsStrings, type ResultsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import { fire } from '../../events/internal.js';
import { datePart } from '../../internal/download.js';
import type { Agenda } from '../../model/agenda.js';
import { attentionPoints } from '../../model/attention.js';
import { findFactor } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { overallScore } from '../../model/scoring.js';
import { compareResponses } from '../../model/versions.js';
import { themeScores } from '../../model/themes.js';
import type { ThemeId } from '../../model/model.js';
import { DEFAULT_MODEL, themeNames } from '../../content/default-model.js';
import { hasTexts, loadTexts } from '../../content/language.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { renderPhaseNote } from '../history/phase.js';
import { renderFactorDetail } from './factor-detail.js';
import { renderCompact, renderTopThree } from './lists.js';
import { renderAttention } from './attention.js';
import { exportFile, readImport, renderExports, type ExportKind, type FlowerExport } from './exports.js';
import { renderEmptyState } from '../empty/empty-state.js';
import { focusHeading } from '../focus-heading.js';
import { BUTTON_PARTS, FLOWER_PARTS } from '../parts.js';
import { styles } from './styles.js';

/**
 * The results of one measurement, ordered to lead to action: the flower with the summary and the
 * top three for the agenda beside it, the attention points with tips that become actions, the agenda
 * builder, compact strengths and not-assessed lists, then downloads. Internal to `<seeds-of-innovation>`.
 *
 * @internal
 * @tagname seeds-results
 */
export class SeedsResults extends LitElement {
  static override styles = styles;

  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  @property({ attribute: false }) response: SeedsResponse | null = null;
  @property({ attribute: false }) agenda: Agenda | null = null;
  /** The measurement before this one, for the ghost outline and "last time you planned". */
  @property({ attribute: false }) previous: { response: SeedsResponse; agenda?: Agenda } | null = null;
  @property({ type: Boolean }) readonly = false;

  /** The factor whose detail is open. */
  @state() private detail: string | null = null;
  @state() private message = '';
  @state() private tipMessage = '';
  /** The full instrument's statements: being loaded, or failed (tried again when a factor is opened). */
  private statements: 'loading' | 'failed' | null = null;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('seeds-flower') private flower!: FlowerExport | null;

  /** With no measurement (the root's `view="results"` before any): the empty screen takes focus. */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }

  private renderEmpty(): TemplateResult {
    const t = screensStrings(this.context.locale).empty.results;
    return renderEmptyState({
      id: 'results-heading',
      heading: t.heading,
      text: t.text,
      action: { label: t.action, onClick: () => fire(this, 'results-start', undefined) },
    });
  }

  /**
   * A full measurement's answers name the full instrument's further statements, which the factor
   * details show: a file of their own (content/<locale>/full.ts), loaded when such a measurement is
   * shown rather than with every results view (issue 13).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.context || this.response?.instrument !== 'full' || this.context.model !== DEFAULT_MODEL) return;
    const { locale } = this.context;
    if (this.statements !== null || hasTexts(locale, false, true)) return;
    this.statements = 'loading';
    void loadTexts(locale, false, true).then(
      () => {
        this.statements = null;
        this.requestUpdate();
      },
      // Not again on every update while offline: opening a factor tries again.
      () => (this.statements = 'failed'),
    );
  }

  override render() {
    if (!this.context) return nothing;
    if (!this.response) return this.renderEmpty();
    const { model, locale } = this.context;
    const t = resultsStrings(locale);
    const s = screensStrings(locale).results;
    const scores = this.response.scores;
    const { attention, reasons, strengths, notAssessed, weakest, strongest, uniform, linked } = attentionPoints(
      model,
      scores,
    );
    const lists = { context: this.context, scores, onOpen: (id: string) => this.open(id) };
    const titles = (ids: readonly string[]) => ids.map((id) => findFactor(model, id)!.content[locale].title);
    return html`
      <div class="results" part="results">
        <div class="overview">
          <div class="flower">
            <seeds-flower
              part="flower"
              exportparts=${FLOWER_PARTS}
              lang=${locale}
              .model=${model}
              .scores=${scores}
              .compare=${this.previous ? compareResponses(model, [this.response, this.previous.response]).scores[1] : undefined}
              @seeds-factor-select=${(e: CustomEvent<{ factor: string }>) => this.open(e.detail.factor)}
            ></seeds-flower>
          </div>
          <div class="key">
            <p class="summary">
              ${t.summary({
                overall: overallScore(scores),
                uniform,
                strongest: titles(strongest),
                weakest: titles(weakest),
              })}
            </p>
            ${renderPhaseNote(locale, this.response, this.previous?.response, false)}
            <ul class="themes" aria-label=${t.themesLabel}>
              ${Object.entries(themeScores(model, scores)).map(
                ([theme, value]) =>
                  html`<li data-theme=${theme}>${t.themeScore(themeNames(locale)[theme as ThemeId], value)}</li>`,
              )}
            </ul>
            ${renderTopThree(lists, attention)}
          </div>
        </div>
        <section class="screen-only" aria-labelledby="attention-heading">
          <h3 id="attention-heading">${t.attentionHeading}</h3>
          <p>${t.attentionIntro}</p>
          ${attention.map((id) =>
            renderAttention({
              factor: findFactor(model, id)!,
              model,
              locale,
              t,
              s,
              score: scores[id],
              reasons: reasons[id] ?? [],
              linked: linked[id],
              canUseTips: !this.readonly,
              onOpen: (other) => this.open(other),
              onUseTip: (factor, tip) => this.useTip(factor, tip),
            }),
          )}
          <p class="message" role="status">${this.tipMessage}</p>
        </section>
        <seeds-agenda
          exportparts=${BUTTON_PARTS}
          .agenda=${this.currentAgenda(attention)}
          .scores=${scores}
          .previous=${this.previous?.agenda ?? null}
          ?readonly=${this.readonly}
          @agenda-change=${this.handleAgenda}
        ></seeds-agenda>
        ${renderCompact(lists, 'strengths-heading', t.strengthsHeading, null, strengths)}
        ${renderCompact(lists, 'na-heading', t.notAssessedHeading, t.notAssessedIntro, notAssessed)}
        ${renderExports({
          t: t.exports,
          s,
          message: this.message,
          onExport: (kind) => void this.handleExport(kind),
          onImport: (e) => void this.handleImport(e),
        })}
      </div>
      <dialog part="dialog" aria-labelledby="detail-heading" @close=${() => (this.detail = null)}>
        ${this.detail ? this.renderDetail(this.detail, t) : nothing}
      </dialog>
    `;
  }

  private renderDetail(id: string, t: ResultsStrings): TemplateResult | typeof nothing {
    const factor = findFactor(this.context.model, id);
    if (!factor) return nothing;
    return renderFactorDetail({
      factor,
      context: this.context,
      t,
      response: this.response!,
      onRelated: (other) => this.open(other),
      onClose: () => this.dialog?.close(),
    });
  }

  /** Opens a factor's full content; used by the flower, the lists and the "see also" links. */
  open(id: string): void {
    if (!findFactor(this.context.model, id)) return;
    if (this.statements === 'failed') this.statements = null;
    this.detail = id;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    void this.updateComplete.then(() => this.dialog?.querySelector<HTMLElement>('h3')?.focus());
  }

  private fileName(ext: string): string {
    const t = resultsStrings(this.context.locale);
    return `${t.filePrefix}-${datePart(this.response!.completedAt)}.${ext}`;
  }

  private handleAgenda(event: CustomEvent<{ agenda: Agenda }>): void {
    this.agenda = event.detail.agenda;
    fire(this, 'results-agenda', { agenda: event.detail.agenda });
  }

  /** The agenda as shown: the saved one, or the attention points ticked before anything was saved. */
  private currentAgenda(attention: readonly string[]): Agenda {
    return this.agenda ?? { selected: [...attention], actions: {} };
  }

  /** Puts a tip on the agenda as the factor's action, then takes the participant to it. */
  private async useTip(id: string, tip: string): Promise<void> {
    const { model, locale } = this.context;
    const current = this.currentAgenda(attentionPoints(model, this.response!.scores).attention);
    const selected = model.factors.map((f) => f.id).filter((f) => f === id || current.selected.includes(f));
    const action = { ...(current.actions[id] ?? { who: '', when: '' }), what: tip };
    const agenda: Agenda = { ...current, selected, actions: { ...current.actions, [id]: action } };
    this.handleAgenda(new CustomEvent('agenda-change', { detail: { agenda } }));
    this.tipMessage = screensStrings(locale).results.tipUsed(findFactor(model, id)!.content[locale].title);
    await this.updateComplete;
    const agendaEl = this.renderRoot.querySelector<HTMLElement & { focusAction(id: string): Promise<void> }>(
      'seeds-agenda',
    );
    await agendaEl?.focusAction(id);
  }

  private async handleExport(kind: ExportKind): Promise<void> {
    try {
      await exportFile(kind, {
        response: this.response!,
        context: this.context,
        flower: this.flower,
        fileName: (ext) => this.fileName(ext),
      });
    } catch (error) {
      this.message = resultsStrings(this.context.locale).exports.exportFailed;
      // Rare (no 2D canvas, memory), but a host should hear of it rather than a silent failure.
      emit(this, 'seeds-error', {
        code: 'export-failed',
        message: `The ${kind.toUpperCase()} could not be made: ${String(error)}`,
      });
    }
  }

  private async handleImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { message, response } = await readImport(file, this.context);
    this.message = message;
    if (response) fire(this, 'results-import', { response });
  }
}
