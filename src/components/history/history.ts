import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatWhole } from '../../content/format.js';
import { fire } from '../../events/internal.js';
import { screensStrings, type ScreensStrings } from '../../content/screens.js';
import { uiStrings, viewsStrings } from '../../content/strings.js';
import type { SeedsResponse } from '../../model/response.js';
import { compareResponses } from '../../model/versions.js';
import { renderEmptyState } from '../empty/empty-state.js';
import { SeedsView } from '../view.js';
import { formatChange, measurementNames } from './labels.js';
import { phaseName, renderPhaseNote } from './phase.js';
import { renderTrend } from './trend.js';
import { styles } from './styles.js';
import { FLOWER_PARTS } from '../parts.js';

/** How many measurements the table shows side by side; older ones stay in the list. */
const TABLE_COLUMNS = 4;

/**
 * Measurements over time: the latest flower with the previous one as a dashed outline, a table of
 * scores per measurement with the change first, from three measurements a small chart per factor,
 * and a list to open any measurement. Internal.
 *
 * @internal
 * @tagname seeds-history
 */
export class SeedsHistory extends SeedsView {
  static override styles = styles;

  /** Completed measurements, oldest first. */
  @property({ attribute: false }) responses: readonly SeedsResponse[] = [];

  override render() {
    if (!this.context) return nothing;
    const { locale, model } = this.context;
    const t = viewsStrings(locale).history;
    const s = screensStrings(locale);
    const ui = uiStrings(locale);
    if (this.responses.length === 0) {
      return renderEmptyState({
        id: 'history-heading',
        heading: s.empty.history.heading,
        text: s.empty.history.text,
        action: { label: s.empty.history.action, onClick: () => this.start() },
      });
    }
    const latest = this.responses.at(-1)!;
    const previous = this.responses.at(-2);
    const names = measurementNames(this.responses, locale);
    const first = Math.max(0, this.responses.length - TABLE_COLUMNS);
    const shown = this.responses.slice(first);
    // The change counts only statements both measurements asked in the same words.
    const cmp = previous ? compareResponses(model, [latest, previous]) : null;
    const instrument = (r: SeedsResponse) => t.instruments[r.instrument] ?? r.instrument;
    return html`
      <section aria-labelledby="history-heading" part="history">
        <h2 id="history-heading" tabindex="-1">${t.heading}</h2>
        <p>${s.history.intro}</p>
        <seeds-flower
          part="flower"
          exportparts=${FLOWER_PARTS}
          lang=${locale}
          .model=${model}
          .scores=${latest.scores}
          .compare=${cmp?.scores[1]}
        ></seeds-flower>
        ${cmp?.partial ? html`<p class="partial">${t.partial}</p>` : nothing}
        ${renderPhaseNote(locale, latest, previous, true)}
        <div class="scroll" role="region" aria-labelledby="history-caption" tabindex="0">
          <table>
            <caption id="history-caption">
              ${t.tableCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.factor}</th>
                ${previous ? html`<th scope="col" class="change">${t.change}</th>` : nothing}
                ${shown.map(
                  (r, i) =>
                    html`<th scope="col" data-id=${r.id}>
                      ${s.history.measurement(names[first + i], null, instrument(r))}
                    </th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${
                shown.some((r) => r.phase)
                  ? html`<tr data-row="phase">
                      <th scope="row">${t.phase}</th>
                      ${previous ? html`<td class="change"></td>` : nothing}
                      ${shown.map((r) => html`<td>${r.phase ? phaseName(locale, r.phase) : t.phaseUnknown}</td>`)}
                    </tr>`
                  : nothing
              }
              ${model.factors.map((f) => {
                const now = cmp?.scores[0][f.id];
                const before = cmp?.scores[1][f.id];
                return html`<tr data-factor=${f.id}>
                  <th scope="row">${f.number}. ${f.content[locale].title}</th>
                  ${previous ? this.renderChange(now, before, s.history) : nothing}
                  ${shown.map((r) => {
                    const v = r.scores[f.id];
                    return html`<td class="num">
                      ${typeof v === 'number' ? formatWhole(locale, v) : ui.results.notAssessed}
                    </td>`;
                  })}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        ${this.responses.length >= 3 ? renderTrend(model, locale, this.responses, s.history) : nothing}
        <ul class="measurements">
          ${[...this.responses].reverse().map(
            (r, i) =>
              html`<li>
                <button type="button" class="link" data-id=${r.id} @click=${() => this.openMeasurement(r.id)}>
                  ${s.history.open(names[this.responses.length - 1 - i])}
                </button>
              </li>`,
          )}
        </ul>
      </section>
    `;
  }

  /** ▲ +12 / ▼ −5 / 0: direction by arrow, colour and word (for screen readers), never by colour alone. */
  private renderChange(
    now: number | null | undefined,
    before: number | null | undefined,
    t: ScreensStrings['history'],
  ) {
    if (typeof now !== 'number' || typeof before !== 'number') return html`<td class="num change">–</td>`;
    const { text, direction } = formatChange(now - before);
    const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '';
    return html`<td class="num change ${direction}" data-direction=${direction}>
      ${arrow ? html`<span aria-hidden="true">${arrow}</span> ` : nothing}<span class="visually-hidden"
        >${t[direction]} </span
      >${text}
    </td>`;
  }

  private start(): void {
    fire(this, 'history-start', undefined);
  }

  private openMeasurement(id: string): void {
    fire(this, 'history-open', { id });
  }
}
