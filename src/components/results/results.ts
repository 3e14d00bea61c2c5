import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resultsStrings, type ResultsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import { datePart, download } from '../../internal/download.js';
import type { Agenda } from '../../model/agenda.js';
import { attentionPoints } from '../../model/attention.js';
import { scoresCsv } from '../../model/csv.js';
import { findFactor, type ModelFactor } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { overallScore } from '../../model/scoring.js';
import { parseResponseJson } from '../../model/validate-response.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { renderFactorDetail } from './factor-detail.js';
import { renderFactorText } from './factor-text.js';
import { styles } from './styles.js';

/** What `<seeds-flower>` offers the results view for downloads. */
interface FlowerExport extends HTMLElement {
  toSVG(): string;
  toPNG(scale?: number): Promise<Blob>;
}

/**
 * The results of one measurement: the flower, a one-sentence summary, strengths, attention points
 * with the research's tips, the agenda builder, and downloads. Internal to `<seeds-of-innovation>`.
 *
 * @internal
 * @tagname seeds-results
 */
export class SeedsResults extends LitElement {
  static override styles = styles;

  @consume({ context: seedsContext, subscribe: true })
  @state()
  accessor context!: SeedsContext;

  @property({ attribute: false }) accessor response: SeedsResponse | null = null;
  @property({ attribute: false }) accessor agenda: Agenda | null = null;
  /** The measurement before this one, for the ghost outline and "last time you planned". */
  @property({ attribute: false }) accessor previous: { response: SeedsResponse; agenda?: Agenda } | null = null;
  @property({ type: Boolean }) accessor readonly = false;

  /** The factor whose detail is open. */
  @state() private accessor detail: string | null = null;
  @state() private accessor message = '';

  @query('dialog') private accessor dialog!: HTMLDialogElement | null;
  @query('seeds-flower') private accessor flower!: FlowerExport | null;

  override render() {
    if (!this.context || !this.response) return nothing;
    const { model, locale } = this.context;
    const t = resultsStrings(locale);
    const scores = this.response.scores;
    const { attention, reasons, strengths, notAssessed, weakest, strongest, uniform } = attentionPoints(model, scores);
    const titles = (ids: readonly string[]) => ids.map((id) => findFactor(model, id)!.content[locale].title);
    return html`
      <div class="results" part="results">
        <div class="flower">
          <seeds-flower
            lang=${locale}
            .model=${model}
            .scores=${scores}
            .compare=${this.previous?.response.scores ?? undefined}
            @seeds-factor-select=${(e: CustomEvent<{ factor: string }>) => this.open(e.detail.factor)}
          ></seeds-flower>
          <p class="summary">
            ${t.summary({
              overall: overallScore(scores),
              uniform,
              strongest: titles(strongest),
              weakest: titles(weakest),
            })}
          </p>
        </div>
        <section class="screen-only" aria-labelledby="attention-heading">
          <h3 id="attention-heading">${t.attentionHeading}</h3>
          <p>${t.attentionIntro}</p>
          ${attention.map((id) => this.renderAttention(findFactor(model, id)!, reasons[id] ?? [], t))}
        </section>
        ${
          strengths.length
            ? html`<section class="screen-only" aria-labelledby="strengths-heading">
                <h3 id="strengths-heading">${t.strengthsHeading}</h3>
                <ul class="plain">
                  ${strengths.map((id) => this.renderListEntry(findFactor(model, id)!, t))}
                </ul>
              </section>`
            : nothing
        }
        ${
          notAssessed.length
            ? html`<section class="screen-only" aria-labelledby="na-heading">
                <h3 id="na-heading">${t.notAssessedHeading}</h3>
                <p>${t.notAssessedIntro}</p>
                <ul class="plain">
                  ${notAssessed.map((id) => this.renderListEntry(findFactor(model, id)!, t))}
                </ul>
              </section>`
            : nothing
        }
        <seeds-agenda
          .agenda=${this.agenda ?? { selected: attention, actions: {} }}
          .scores=${scores}
          .previous=${this.previous?.agenda ?? null}
          ?readonly=${this.readonly}
          @agenda-change=${this.handleAgenda}
        ></seeds-agenda>
        ${this.renderExports(t)}
      </div>
      <dialog aria-labelledby="detail-heading" @close=${() => (this.detail = null)}>
        ${this.detail ? this.renderDetail(this.detail, t) : nothing}
      </dialog>
    `;
  }

  private renderAttention(factor: ModelFactor, why: readonly string[], t: ResultsStrings): TemplateResult {
    const { locale } = this.context;
    const score = this.response!.scores[factor.id];
    const reasonText = why.map((r) => t.reasons[r as keyof ResultsStrings['reasons']]).join(', ');
    return html`
      <article class="attention" data-factor=${factor.id}>
        <h4>${factor.number}. ${factor.content[locale].title}</h4>
        <p class="meta">${typeof score === 'number' ? t.score(score) : ''}${reasonText ? ` · ${reasonText}` : ''}</p>
        ${renderFactorText(factor, this.context, t, (id) => this.open(id))}
        <button type="button" class="link" @click=${() => this.open(factor.id)}>
          ${t.readMore(factor.content[locale].title)}
        </button>
      </article>
    `;
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

  private renderExports(t: ResultsStrings): TemplateResult {
    return html`
      <section class="screen-only exports" aria-labelledby="exports-heading" part="exports">
        <h3 id="exports-heading">${t.exports.heading}</h3>
        <div class="buttons">
          <button type="button" data-export="json" @click=${this.handleJson}>${t.exports.json}</button>
          <button type="button" data-export="csv" @click=${this.handleCsv}>${t.exports.csv}</button>
          <button type="button" data-export="png" @click=${this.handlePng}>${t.exports.png}</button>
          <button type="button" data-export="svg" @click=${this.handleSvg}>${t.exports.svg}</button>
        </div>
        <p class="import">
          <label>
            <span>${t.exports.import}</span>
            <input type="file" accept="application/json,.json" @change=${this.handleImport} />
          </label>
        </p>
        <p class="message" role="status">${this.message}</p>
      </section>
    `;
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

  private handleJson(): void {
    download(this.fileName('json'), `${JSON.stringify(this.response, null, 2)}\n`, 'application/json');
  }

  private handleCsv(): void {
    const { model, locale, groups } = this.context;
    download(
      this.fileName('csv'),
      scoresCsv(model, this.response!.scores, locale, { groupNames: groups }),
      'text/csv;charset=utf-8',
    );
  }

  private handleSvg(): void {
    if (this.flower) download(this.fileName('svg'), this.flower.toSVG(), 'image/svg+xml');
  }

  private async handlePng(): Promise<void> {
    try {
      if (this.flower) download(this.fileName('png'), await this.flower.toPNG(2));
    } catch (error) {
      this.message = resultsStrings(this.context.locale).exports.exportFailed;
      // Rare (no 2D canvas, memory), but a host should hear of it rather than a silent failure.
      emit(this, 'seeds-error', {
        code: 'export-failed',
        message: `The PNG of the flower could not be made: ${String(error)}`,
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
