import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { screensStrings } from '../../content/screens.js';
import { resultsStrings, type ResultsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import { datePart } from '../../internal/download.js';
import type { Agenda } from '../../model/agenda.js';
import { attentionPoints, firstOnAgenda } from '../../model/attention.js';
import { findFactor, type ModelFactor } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { overallScore } from '../../model/scoring.js';
import { parseResponseJson } from '../../model/validate-response.js';
import { compareResponses } from '../../model/versions.js';
import { themeScores } from '../../model/themes.js';
import type { ThemeId } from '../../model/model.js';
import { themeNames } from '../../content/default-model.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { renderPhaseNote } from '../history/phase.js';
import { renderFactorDetail } from './factor-detail.js';
import { renderAttention } from './attention.js';
import { exportFile, renderExports, type ExportKind, type FlowerExport } from './exports.js';
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

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('seeds-flower') private flower!: FlowerExport | null;

  override render() {
    if (!this.context || !this.response) return nothing;
    const { model, locale } = this.context;
    const t = resultsStrings(locale);
    const s = screensStrings(locale).results;
    const scores = this.response.scores;
    const { attention, reasons, strengths, notAssessed, weakest, strongest, uniform, linked } = attentionPoints(
      model,
      scores,
    );
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
            ${this.renderTopThree(attention)}
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
        ${this.renderCompact('strengths-heading', t.strengthsHeading, null, strengths, t)}
        ${this.renderCompact('na-heading', t.notAssessedHeading, t.notAssessedIntro, notAssessed, t)}
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

  /**
   * The first attention points, named beside the flower so the first screen says what to do: whole
   * tie groups only (`firstOnAgenda`), with a plain line when more factors share a score.
   */
  private renderTopThree(attention: readonly string[]): TemplateResult | typeof nothing {
    if (attention.length === 0) return nothing;
    const { model, locale } = this.context;
    const t = resultsStrings(locale);
    const s = screensStrings(locale).results;
    const scores = this.response!.scores;
    const { ids, tiedFirst, more } = firstOnAgenda(attention, scores);
    return html`<section class="top-three" aria-labelledby="top-three-heading">
      <h3 id="top-three-heading">${ids.length === 3 ? s.topThreeHeading : s.firstHeading}</h3>
      ${tiedFirst ? html`<p class="meta" data-tie="first">${s.firstTied(ids.length)}</p>` : nothing}
      <ol>
        ${ids.map((id) => {
          const factor = findFactor(model, id)!;
          const score = scores[id];
          return html`<li data-factor=${id}>
            <button type="button" class="link" @click=${() => this.open(id)}>
              ${factor.number}. ${factor.content[locale].title}
            </button>
            ${typeof score === 'number' ? html`<span class="meta">${t.score(score)}</span>` : nothing}
          </li>`;
        })}
      </ol>
      ${more ? html`<p class="meta" data-tie="more">${s.firstMore(more.count, t.score(more.score))}</p>` : nothing}
    </section>`;
  }

  /** Strengths and not-assessed factors as short lists of names: they need no reading, only noticing. */
  private renderCompact(
    id: string,
    heading: string,
    intro: string | null,
    ids: readonly string[],
    t: ResultsStrings,
  ): TemplateResult | typeof nothing {
    if (ids.length === 0) return nothing;
    return html`<section class="screen-only compact" aria-labelledby=${id}>
      <h3 id=${id}>${heading}</h3>
      ${intro ? html`<p class="meta">${intro}</p>` : nothing}
      <ul class="plain inline">
        ${ids.map((f) => this.renderListEntry(findFactor(this.context.model, f)!, t))}
      </ul>
    </section>`;
  }

  private renderListEntry(factor: ModelFactor, t: ResultsStrings): TemplateResult {
    const score = this.response!.scores[factor.id];
    return html`<li data-factor=${factor.id}>
      <button type="button" class="link" @click=${() => this.open(factor.id)}>
        ${factor.number}. ${factor.content[this.context.locale].title}
      </button>
      ${typeof score === 'number' ? html`<span class="meta">${t.score(score)}</span>` : nothing}
    </li>`;
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
    this.dispatchEvent(new CustomEvent('results-agenda', { detail: { agenda: event.detail.agenda }, bubbles: true }));
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
    const t = resultsStrings(this.context.locale).exports;
    const text = await file.text();
    const result = parseResponseJson(text, this.context.model);
    if (!result.ok) {
      // The validator speaks to developers; people get one sentence, with the first problem as a clue.
      this.message = isJson(text) ? t.notResponse(result.errors[0]) : t.notJson;
      return;
    }
    this.message = t.imported(new Date(result.value.completedAt).toLocaleDateString(this.context.locale));
    this.dispatchEvent(new CustomEvent('results-import', { detail: { response: result.value }, bubbles: true }));
  }
}

/** Whether a text parses as JSON at all, to tell "not JSON" from "not one of our responses". */
function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}
