import { html, type TemplateResult } from 'lit';
import type { ResultsStrings } from '../../content/strings.js';
import type { ModelFactor } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import { uiStrings } from '../../content/strings.js';
import type { SeedsContext } from '../../state/context.js';
import { renderFactorText } from './factor-text.js';

interface DetailOptions {
  factor: ModelFactor;
  context: SeedsContext;
  t: ResultsStrings;
  response: SeedsResponse;
  onRelated: (id: string) => void;
  onClose: () => void;
}

/**
 * A factor's full content with the participant's own score and answers, shown in a modal dialog.
 * The header (title, close button, group colour) stays in view while the dialog scrolls, so a
 * phone user can close it without scrolling to the end.
 */
export function renderFactorDetail({
  factor,
  context,
  t,
  response,
  onRelated,
  onClose,
}: DetailOptions): TemplateResult {
  const { locale, groups } = context;
  const ui = uiStrings(locale);
  const score = response.scores[factor.id];
  const answers = response.answers.filter((a) => a.factor === factor.id);
  const statement = (item: string) => factor.items.find((i) => i.id === item)?.text[locale] ?? item;
  return html`
    <div class=${`detail g-${factor.group}`} data-factor=${factor.id}>
      <div class="detail-header">
        <h3 id="detail-heading" tabindex="-1">${factor.number}. ${factor.content[locale].title}</h3>
        <button type="button" class="close" aria-label=${t.detail.close} @click=${onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="meta">
        ${t.detail.group}: ${groups[factor.group]} · ${t.detail.yourScore}:
        ${typeof score === 'number' ? t.score(score) : ui.results.notAssessed}
      </p>
      ${renderFactorText(factor, context, t, onRelated)}
      <h4>${t.detail.yourAnswers}</h4>
      ${
        answers.length
          ? html`<dl class="answers">
              ${answers.map(
                (a) =>
                  html`<dt>${statement(a.item)}</dt>
                    <dd>${a.value === null ? ui.scale.unknown : ui.scale[a.value]}</dd>`,
              )}
            </dl>`
          : html`<p>${t.detail.noAnswers}</p>`
      }
      <div class="buttons">
        <button type="button" class="primary" part="button button-primary" @click=${onClose}>${t.detail.close}</button>
      </div>
    </div>
  `;
}
