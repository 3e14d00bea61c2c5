import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { uiStrings, viewsStrings } from '../../content/strings.js';
import type { SeedsResponse } from '../../model/response.js';
import { compareResponses } from '../../model/versions.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { focusHeading } from '../focus-heading.js';
import { styles } from './styles.js';

/** How many measurements the table shows side by side; older ones stay in the list. */
const TABLE_COLUMNS = 4;

/**
 * Measurements over time: the latest flower with the previous one as a ghost outline, a table of
 * scores per measurement with the change, and a list to open any measurement. Internal.
 *
 * @internal
 * @tagname seeds-history
 */
export class SeedsHistory extends LitElement {
  static override styles = styles;

  /** Focuses this view's heading (the root calls it after navigating here). */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }

  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  /** Completed measurements, oldest first. */
  @property({ attribute: false }) responses: readonly SeedsResponse[] = [];

  override render() {
    if (!this.context) return nothing;
    const { locale, model } = this.context;
    const t = viewsStrings(locale).history;
    const ui = uiStrings(locale);
    if (this.responses.length === 0) return html`<p>${t.empty}</p>`;
    const latest = this.responses.at(-1)!;
    const previous = this.responses.at(-2);
    const shown = this.responses.slice(-TABLE_COLUMNS);
    // The change counts only statements both measurements asked in the same words.
    const cmp = previous ? compareResponses(model, [latest, previous]) : null;
    const date = (r: SeedsResponse) => new Date(r.completedAt).toLocaleDateString(locale, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return html`
      <section aria-labelledby="history-heading" part="history">
        <h2 id="history-heading" tabindex="-1">${t.heading}</h2>
        <p>${t.intro}</p>
        <seeds-flower lang=${locale} .model=${model} .scores=${latest.scores} .compare=${cmp?.scores[1]}></seeds-flower>
        ${cmp?.partial ? html`<p class="partial">${t.partial}</p>` : nothing}
        <div class="scroll" role="region" aria-labelledby="history-caption" tabindex="0">
          <table>
            <caption id="history-caption">
              ${t.tableCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.factor}</th>
                ${shown.map((r) => html`<th scope="col">${t.measurement(date(r), t.instruments[r.instrument] ?? r.instrument)}</th>`)}
                ${previous ? html`<th scope="col">${t.change}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${model.factors.map((f) => {
                const now = cmp?.scores[0][f.id];
                const before = cmp?.scores[1][f.id];
                const change =
                  typeof now === 'number' && typeof before === 'number' ? number.format(now - before) : '–';
                return html`<tr data-factor=${f.id}>
                  <th scope="row">${f.number}. ${f.content[locale].title}</th>
                  ${shown.map((r) => {
                    const s = r.scores[f.id];
                    return html`<td class="num">
                      ${typeof s === 'number' ? plain.format(s) : ui.results.notAssessed}
                    </td>`;
                  })}
                  ${previous ? html`<td class="num change">${change}</td>` : nothing}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <ul class="measurements">
          ${[...this.responses].reverse().map(
            (r) =>
              html`<li>
                <button type="button" class="link" data-id=${r.id} @click=${() => this.openMeasurement(r.id)}>
                  ${t.open(date(r))}
                </button>
              </li>`,
          )}
        </ul>
      </section>
    `;
  }

  private openMeasurement(id: string): void {
    this.dispatchEvent(new CustomEvent('history-open', { detail: { id }, bubbles: true }));
  }
}
