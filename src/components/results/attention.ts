import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsStrings } from '../../content/strings.js';
import type { ScreensStrings } from '../../content/screens.js';
import type { Locale } from '../../model/locale.js';
import type { Model, ModelFactor } from '../../model/model.js';
import { renderRelated } from './factor-text.js';

export interface AttentionOptions {
  readonly factor: ModelFactor;
  readonly model: Model;
  readonly locale: Locale;
  readonly t: ResultsStrings;
  readonly s: ScreensStrings['results'];
  readonly score: number | null | undefined;
  readonly reasons: readonly string[];
  /** Other attention points linked to this one (see `attentionPoints`). */
  readonly linked?: readonly string[];
  /** Off in a read-only widget: a tip cannot become an action there. */
  readonly canUseTips: boolean;
  readonly onOpen: (id: string) => void;
  readonly onUseTip: (id: string, tip: string) => void;
}

/**
 * One attention point, shaped to lead to an action: the one-line description, the first tip (each
 * tip can become the factor's action on the agenda) with the others one click away, then the
 * research folded away: the factor dialog has it in full, and four unfolded cards pushed the
 * agenda several screens down.
 */
export function renderAttention(o: AttentionOptions): TemplateResult {
  const { factor, locale, t, s } = o;
  const content = factor.content[locale];
  const reasonText = o.reasons.map((r) => t.reasons[r as keyof ResultsStrings['reasons']]).join(', ');
  return html`
    <article class="attention" data-factor=${factor.id}>
      <h4>${factor.number}. ${content.title}</h4>
      <p class="meta">${typeof o.score === 'number' ? t.score(o.score) : ''}${reasonText ? ` · ${reasonText}` : ''}</p>
      ${
        o.linked?.length
          ? html`<p class="linked">
              ${t.linkedLow(o.linked.map((id) => o.model.factors.find((f) => f.id === id)?.content[locale].title ?? id))}
            </p>`
          : nothing
      }
      ${content.description ? html`<p class="description">${content.description}</p>` : nothing}
      ${
        content.tips?.length
          ? html`<h5>${t.tipsHeading}</h5>
              <ul class="tips">
                ${renderTip(o, content.tips[0], 0)}
              </ul>
              ${
                content.tips.length > 1
                  ? html`<details class="more-tips">
                      <summary>${s.moreTips(content.tips.length - 1)}</summary>
                      <ul class="tips">
                        ${content.tips.slice(1).map((tip, i) => renderTip(o, tip, i + 1))}
                      </ul>
                    </details>`
                  : nothing
              }`
          : nothing
      }
      ${
        content.findings?.length
          ? html`<details class="research">
              <summary>${t.findingsHeading}</summary>
              <ul class="findings">
                ${content.findings.map((f) => html`<li>${f}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      ${renderRelated(factor, o, t, o.onOpen)}
      <button type="button" class="link read-more" @click=${() => o.onOpen(factor.id)}>
        ${t.readMore(content.title)}
      </button>
    </article>
  `;
}

/** One tip with the control that makes it the factor's action on the agenda. */
function renderTip(o: AttentionOptions, tip: string, i: number): TemplateResult {
  const id = `tip-${o.factor.id}-${i}`;
  return html`<li>
    <span id=${id}>${tip}</span>
    ${
      o.canUseTips
        ? html`<button
            type="button"
            class="small use-tip"
            data-tip=${i}
            aria-describedby=${id}
            @click=${() => o.onUseTip(o.factor.id, tip)}
          >
            ${o.s.useTip}
          </button>`
        : nothing
    }
  </li>`;
}
