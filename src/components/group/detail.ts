import { html, nothing, type TemplateResult } from 'lit';
import { numberFormat } from '../../content/format.js';
import type { GroupStrings } from '../../content/group-strings.js';
import { resultsStrings } from '../../content/strings.js';
import { isPolarised, linkedAttention } from '../../model/attention.js';
import type { TalliedGroup } from '../../model/group-tally.js';
import type { ModelFactor } from '../../model/model.js';
import type { SeedsContext } from '../../state/context.js';
import { renderFactorText, renderRelated } from '../results/factor-text.js';

/**
 * One factor in the group view: the group's answers per option (counts over the factor's
 * statements, with the "don't know" share), the factors it is linked to (a line when one of them is
 * also to be discussed first, as in the results view), and the research text folded away.
 * `discuss` is the "discuss first" list.
 */
export function renderDetail(
  t: GroupStrings,
  factor: ModelFactor,
  g: TalliedGroup,
  context: SeedsContext,
  onClose: () => void,
  onRelated: (id: string) => void,
  discuss: readonly string[] = [],
): TemplateResult {
  const { locale, ui, model } = context;
  const rt = resultsStrings(locale);
  const linked = discuss.includes(factor.id) ? (linkedAttention(model, discuss)[factor.id] ?? []) : [];
  const titleOf = (id: string) => model.factors.find((f) => f.id === id)?.content[locale].title ?? id;
  const counts = g.answers[factor.id];
  const total = counts.reduce((s, c) => s + c, 0);
  const options = [ui.scale[1], ui.scale[2], ui.scale[3], ui.scale[4], ui.scale[5], ui.scale.unknown];
  const pct = numberFormat(locale, 'percent');
  const name = `${factor.number}. ${factor.content[locale].title}`;
  const largest = Math.max(1, ...counts);
  return html`<section class="detail" aria-labelledby="detail-heading" data-detail=${factor.id} part="detail">
    <h3 id="detail-heading" tabindex="-1">${name}</h3>
    ${isPolarised(g.factors[factor.id]) ? html`<p class="meta">${t.discuss.disagreementWhy}</p>` : nothing}
    <table class="distribution">
      <caption>
        ${t.detail.distribution(name)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.detail.option}</th>
          <th scope="col">${t.detail.count}</th>
        </tr>
      </thead>
      <tbody>
        ${options.map(
          (label, i) =>
            html`<tr data-option=${i < 5 ? String(i + 1) : 'unknown'}>
              <th scope="row">${label}</th>
              <td class="num">
                <span class="bar-count">${counts[i]}</span>
                <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect x="0" y="0" height="10" width=${(counts[i] / largest) * 100}></rect>
                </svg>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="dont-know">${t.detail.dontKnow(pct.format(total ? counts[5] / total : 0))}</p>
    ${linked.length ? html`<p class="linked">${rt.linkedLow(linked.map(titleOf))}</p>` : nothing}
    ${renderRelated(factor, context, rt, onRelated)}
    <details>
      <summary>${t.research}</summary>
      ${renderFactorText(factor, context, rt, onRelated, false)}
    </details>
    <div class="buttons"><button type="button" @click=${onClose}>${t.detail.close}</button></div>
  </section>`;
}
