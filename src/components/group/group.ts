import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resultsStrings, uiStrings, viewsStrings } from '../../content/strings.js';
import { download } from '../../internal/download.js';
import { aggregateResponses, type GroupResult } from '../../model/aggregate.js';
import { attentionPoints } from '../../model/attention.js';
import { groupCsv } from '../../model/csv.js';
import { findFactor } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { ROLES } from '../../model/roles.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { renderFactorText } from '../results/factor-text.js';
import { screensStrings } from '../../content/screens.js';
import { renderEmptyState } from '../empty/empty-state.js';
import { focusHeading } from '../focus-heading.js';
import { styles } from './styles.js';

/**
 * The facilitator's view: the group's flower with the spread per factor, the attention points
 * (low scores and wide disagreement) with their tips, and a table. Internal.
 *
 * @internal
 * @tagname seeds-group
 */
export class SeedsGroup extends LitElement {
  static override styles = styles;

  /** Focuses this view's heading (the root calls it after navigating here). */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }

  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  /** Validated responses of the group. */
  @property({ attribute: false }) responses: readonly SeedsResponse[] = [];
  /** How many host-supplied results were left out as unreadable. */
  @property({ type: Number }) skipped = 0;

  private cache?: { responses: readonly SeedsResponse[]; model: unknown; result: GroupResult };

  private get result(): GroupResult {
    const { model } = this.context;
    if (this.cache?.responses !== this.responses || this.cache.model !== model) {
      this.cache = { responses: this.responses, model, result: aggregateResponses(model, this.responses) };
    }
    return this.cache.result;
  }

  override render() {
    if (!this.context) return nothing;
    const { locale, model } = this.context;
    const t = viewsStrings(locale).group;
    const rt = resultsStrings(locale);
    const ui = uiStrings(locale);
    const g = this.result;
    const notice = this.skipped ? html`<p class="notice" role="status">${t.skipped(this.skipped)}</p>` : nothing;
    if (g.respondents === 0) {
      const empty = screensStrings(locale).empty.group;
      return html`${renderEmptyState({ id: 'group-heading', heading: empty.heading, text: empty.text })}${notice}`;
    }
    const spread = Object.fromEntries(
      Object.entries(g.factors).map(([id, s]) => [
        id,
        s ? { min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max } : null,
      ]),
    );
    const { attention, reasons, weakest, uniform, linked } = attentionPoints(model, g.scores, { spread: g.factors });
    const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return html`
      <section aria-labelledby="group-heading" part="group">
        <h2 id="group-heading" tabindex="-1">${t.heading}</h2>
        <p>${t.intro(g.respondents)}</p>
        ${notice}
        ${g.comparison.partial ? html`<p class="partial">${t.partial(g.comparison.items.length)}</p>` : nothing}
        <seeds-flower
          lang=${locale}
          .model=${model}
          .scores=${g.scores}
          .spread=${spread}
          .respondents=${g.respondents}
        ></seeds-flower>
        <p class="summary">
          ${rt.summary({
            overall: g.overall,
            uniform,
            strongest: [],
            weakest: weakest.map((id) => findFactor(model, id)!.content[locale].title),
          })}
        </p>
        <h3>${rt.attentionHeading}</h3>
        ${attention.map((id) => {
          const f = findFactor(model, id)!;
          return html`<article class="attention" data-factor=${id}>
            <h4>${f.number}. ${f.content[locale].title}</h4>
            <p class="meta">${(reasons[id] ?? []).map((r) => rt.reasons[r]).join(', ')}</p>
            ${linked[id] ? html`<p class="linked">${rt.linkedLow(linked[id].map((o) => findFactor(model, o)!.content[locale].title))}</p>` : nothing}
            ${renderFactorText(f, this.context, rt, undefined)}
          </article>`;
        })}
        <div class="scroll" role="region" aria-labelledby="group-caption" tabindex="0">
          <table>
            <caption id="group-caption">
              ${t.tableCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.factor}</th>
                <th scope="col">${t.n}</th>
                <th scope="col">${t.mean}</th>
                <th scope="col">${t.middle}</th>
                <th scope="col">${t.range}</th>
              </tr>
            </thead>
            <tbody>
              ${model.factors.map((f) => {
                const s = g.factors[f.id];
                return html`<tr data-factor=${f.id}>
                  <th scope="row">${f.number}. ${f.content[locale].title}</th>
                  <td class="num">${s?.n ?? 0}</td>
                  <td class="num">${s ? fmt.format(s.mean) : ui.results.notAssessed}</td>
                  <td class="num">${s ? `${fmt.format(s.q1)} – ${fmt.format(s.q3)}` : '–'}</td>
                  <td class="num">${s ? `${fmt.format(s.min)} – ${fmt.format(s.max)}` : '–'}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <h3>${t.roles}</h3>
        <ul>
          ${ROLES.map((r) => html`<li>${ui.role.options[r]}: ${g.byRole[r]}</li>`)}
          <li>${t.none}: ${g.byRole.none}</li>
        </ul>
        <div class="buttons"><button type="button" @click=${this.handleCsv}>${t.csv}</button></div>
      </section>
    `;
  }

  private handleCsv(): void {
    const { model, locale, groups } = this.context;
    const name = `${resultsStrings(locale).filePrefix}-group-${new Date().toISOString().slice(0, 10)}.csv`;
    download(name, groupCsv(model, this.result, locale, { groupNames: groups }), 'text/csv;charset=utf-8');
  }
}
