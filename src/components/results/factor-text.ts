import { html, nothing, type TemplateResult } from 'lit';
import type { Model, ModelFactor } from '../../model/model.js';
import type { SeedsContext } from '../../state/context.js';
import type { ResultsStrings } from '../../content/nl/results.js';

/** The research content of one factor: description, key findings, tips and the factors it refers to. */
export function renderFactorText(
  factor: ModelFactor,
  { model, locale }: Pick<SeedsContext, 'model' | 'locale'>,
  t: ResultsStrings,
  onRelated: ((id: string) => void) | undefined,
  withRelated = true,
): TemplateResult {
  const content = factor.content[locale];
  const heading = (text: string) => html`<h4>${text}</h4>`;
  return html`
    ${content.description ? html`<p class="description">${content.description}</p>` : nothing}
    ${
      content.findings?.length
        ? html`${heading(t.findingsHeading)}
            <ul class="findings">
              ${content.findings.map((f) => html`<li>${f}</li>`)}
            </ul>`
        : nothing
    }
    ${
      content.tips?.length
        ? html`${heading(t.tipsHeading)}
            <ul class="tips">
              ${content.tips.map((tip) => html`<li>${tip}</li>`)}
            </ul>`
        : nothing
    }
    ${withRelated ? renderRelated(factor, { model, locale }, t, onRelated) : nothing}
  `;
}

/** The "see also" line: the factors this one refers to, each a button that opens it when `onRelated` is given. */
export function renderRelated(
  factor: ModelFactor,
  { model, locale }: Pick<SeedsContext, 'model' | 'locale'>,
  t: ResultsStrings,
  onRelated: ((id: string) => void) | undefined,
): TemplateResult | typeof nothing {
  const related = relatedFactors(model, factor);
  if (!related.length) return nothing;
  return html`<p class="related">
    ${t.relatedHeading}:
    ${related.map(
      (other, i) =>
        html`${i ? ', ' : ''}${
          onRelated
            ? html`<button type="button" class="link" data-related=${other.id} @click=${() => onRelated(other.id)}>
                ${other.number}. ${other.content[locale].title}
              </button>`
            : html`${other.number}. ${other.content[locale].title}`
        }`,
    )}
  </p>`;
}

function relatedFactors(model: Model, factor: ModelFactor): ModelFactor[] {
  return factor.related.map((id) => model.factors.find((f) => f.id === id)).filter((f): f is ModelFactor => !!f);
}
