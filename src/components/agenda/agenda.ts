import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resultsStrings } from '../../content/strings.js';
import { fire } from '../../events/internal.js';
import { download } from '../../internal/download.js';
import { agendaMarkdown, agendaText, formatScore, type Agenda, type AgendaAction } from '../../model/agenda.js';
import type { Scores } from '../../model/scoring.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { styles } from './styles.js';

const EMPTY_ACTION: AgendaAction = { what: '', who: '', when: '' };

/**
 * The agenda builder: which factors go on the next meeting's agenda, with an action per factor;
 * copy as text, download as Markdown, print. Internal to `<seeds-of-innovation>`.
 *
 * @internal
 * @tagname seeds-agenda
 */
export class SeedsAgenda extends LitElement {
  static override styles = styles;

  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  @property({ attribute: false }) agenda: Agenda = { selected: [], actions: {} };
  @property({ attribute: false }) scores: Scores = {};
  /** The agenda of the previous measurement, to show what was planned then. */
  @property({ attribute: false }) previous: Agenda | null = null;
  @property({ type: Boolean }) readonly = false;

  @state() private status = '';
  @state() private fallbackText = '';

  override render() {
    if (!this.context) return nothing;
    const { model, locale } = this.context;
    const t = resultsStrings(locale).agenda;
    return html`
      <section class="screen-only" aria-labelledby="agenda-heading" part="agenda">
        <h3 id="agenda-heading">${t.heading}</h3>
        <p>${t.intro}</p>
        <datalist id="seeds-roles">
          ${resultsStrings(locale).roleSuggestions.map((role) => html`<option value=${role}></option>`)}
        </datalist>
        ${this.renderPrevious()}
        <ul class="factors">
          ${model.factors.map((factor) => {
            const selected = this.agenda.selected.includes(factor.id);
            const title = `${factor.number}. ${factor.content[locale].title}`;
            const action = this.agenda.actions[factor.id] ?? EMPTY_ACTION;
            return html`
              <li data-factor=${factor.id}>
                <label class="check">
                  <input
                    type="checkbox"
                    .checked=${selected}
                    ?disabled=${this.readonly}
                    aria-label=${t.onAgenda(title)}
                    @change=${(e: Event) => this.toggle(factor.id, (e.target as HTMLInputElement).checked)}
                  />
                  <span aria-hidden="true">${title}</span>
                  <span class="score">${formatScore(this.scores[factor.id], t.labels)}</span>
                </label>
                ${
                  selected
                    ? html`<div class="action" role="group" aria-label=${title}>
                        ${(['what', 'who', 'when'] as const).map(
                          (key) =>
                            html`<label>
                              <span>${t[key]}</span>
                              <input
                                type="text"
                                name=${`${factor.id}-${key}`}
                                .value=${action[key]}
                                ?readonly=${this.readonly}
                                maxlength="500"
                                list=${key === 'who' ? 'seeds-roles' : nothing}
                                @input=${(e: Event) => this.edit(factor.id, key, (e.target as HTMLInputElement).value)}
                              />
                            </label>`,
                        )}
                      </div>`
                    : nothing
                }
              </li>
            `;
          })}
        </ul>
        <div class="buttons">
          <button type="button" class="primary" part="button button-primary" @click=${this.handleCopy}>
            ${t.copy}
          </button>
          <button type="button" part="button" @click=${this.handleMarkdown}>${t.downloadMarkdown}</button>
          <button type="button" part="button" @click=${this.handlePrint}>${t.print}</button>
        </div>
        <p role="status" class="status">${this.status}</p>
        ${
          this.fallbackText
            ? html`<textarea readonly rows="8" aria-label=${t.heading} .value=${this.fallbackText}></textarea>`
            : nothing
        }
      </section>
      ${this.renderPrint()}
    `;
  }

  private renderPrevious() {
    const previous = this.previous;
    if (!previous || previous.selected.length === 0) return nothing;
    const { model, locale } = this.context;
    const t = resultsStrings(locale).agenda;
    return html`
      <div class="previous">
        <p>${t.lastTime}</p>
        <ul>
          ${model.factors
            .filter((f) => previous.selected.includes(f.id))
            .map((f) => {
              const a = previous.actions[f.id];
              const detail = a ? [a.what, a.who, a.when].filter(Boolean).join(' · ') : '';
              return html`<li>${f.number}. ${f.content[locale].title}${detail ? `: ${detail}` : ''}</li>`;
            })}
        </ul>
      </div>
    `;
  }

  /** What a printed agenda shows: the selected factors with their tips and actions, nothing of the controls. */
  private renderPrint() {
    const { model, locale } = this.context;
    const t = resultsStrings(locale).agenda;
    const selected = model.factors.filter((f) => this.agenda.selected.includes(f.id));
    return html`
      <section class="print-only" part="agenda-print" aria-hidden="true">
        <h3>${t.heading}</h3>
        <p>${t.labels.date(new Date())}</p>
        ${selected.length === 0 ? html`<p>${t.empty}</p>` : nothing}
        ${selected.map((f) => {
          const a = this.agenda.actions[f.id];
          return html`
            <article>
              <h4>${f.number}. ${f.content[locale].title} (${formatScore(this.scores[f.id], t.labels)})</h4>
              <ul>
                ${(f.content[locale].tips ?? []).map((tip) => html`<li>${tip}</li>`)}
              </ul>
              ${
                a && (a.what || a.who || a.when)
                  ? html`<p>
                      <strong>${t.labels.action}:</strong> ${a.what}
                      ${a.who ? html`· ${t.labels.who}: ${a.who}` : nothing}
                      ${a.when ? html`· ${t.labels.when}: ${a.when}` : nothing}
                    </p>`
                  : nothing
              }
            </article>
          `;
        })}
      </section>
    `;
  }

  /** Moves focus to the "what" field of a factor's action, e.g. after a tip was put there. */
  async focusAction(id: string): Promise<void> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${id}-what`)}"]`);
    input?.focus();
  }

  private toggle(id: string, on: boolean): void {
    const order = this.context.model.factors.map((f) => f.id);
    const set = new Set(this.agenda.selected);
    if (on) set.add(id);
    else set.delete(id);
    this.change({ ...this.agenda, selected: order.filter((f) => set.has(f)) });
  }

  private edit(id: string, key: keyof AgendaAction, value: string): void {
    const action = { ...(this.agenda.actions[id] ?? EMPTY_ACTION), [key]: value };
    this.change({ ...this.agenda, actions: { ...this.agenda.actions, [id]: action } });
  }

  private change(agenda: Agenda): void {
    this.agenda = agenda;
    fire(this, 'agenda-change', { agenda });
  }

  private text(kind: 'text' | 'markdown'): string {
    const { model, locale } = this.context;
    const labels = resultsStrings(locale).agenda.labels;
    const render = kind === 'text' ? agendaText : agendaMarkdown;
    return render(model, locale, this.agenda, this.scores, labels, { date: new Date() });
  }

  private async handleCopy(): Promise<void> {
    const t = resultsStrings(this.context.locale).agenda;
    const text = this.text('text');
    try {
      await navigator.clipboard.writeText(text);
      this.fallbackText = '';
      this.status = t.copied;
    } catch {
      // Clipboard access can be refused (permissions, insecure context): let the user copy by hand.
      this.fallbackText = text;
      this.status = t.copyFailed;
    }
  }

  private handleMarkdown(): void {
    const { locale } = this.context;
    const name = `${resultsStrings(locale).filePrefix}-agenda-${new Date().toISOString().slice(0, 10)}.md`;
    download(name, this.text('markdown'), 'text/markdown;charset=utf-8');
  }

  private handlePrint(): void {
    window.print();
  }
}
