import { html, nothing, type TemplateResult } from 'lit';
import { viewsStrings, type ViewsStrings } from '../../content/strings.js';
import type { InternalEvent } from '../../events/internal.js';
import type { DeliveryStatus } from '../../services/outbox-types.js';
import { answerConsent, retryDelivery } from '../../state/submission-actions.js';
import { VIEW_PARTS } from '../parts.js';
import { shownResponse } from './screens.js';
import type { SeedsOfInnovation } from './seeds-of-innovation.js';

// The screens after "Finish" (the consent step and the results with their delivery line), and the
// rare screen of a questionnaire open in another tab, in the results view's file rather than the
// entry: a participant needs none of it before the first question (issue 13). The root renders
// them once that file is there (./later-views.ts).

export { retryDelivery };

/** The consent step when a response waits for it, else the results. */
export function renderAfterFinish(el: SeedsOfInnovation): TemplateResult {
  const { submission, config } = el;
  return el.nav.screen === 'consent' && submission.pending && config.endpoint
    ? renderConsent(viewsStrings(config.locale).consent, config.endpoint, (agree) => answerConsent(el, agree))
    : renderResults(el);
}

/** The consent step: says exactly what is sent and where, before anything leaves the browser. */
export function renderConsent(
  t: ViewsStrings['consent'],
  endpoint: string,
  onAnswer: (agree: boolean) => void,
): TemplateResult {
  const host = new URL(endpoint).host;
  return html`
    <section class="panel" aria-labelledby="consent-heading" part="consent">
      <h2 id="consent-heading" tabindex="-1" data-screen>${t.heading}</h2>
      <p>${t.what}</p>
      <ul>
        ${t.fields.map((field) => html`<li>${field}</li>`)}
      </ul>
      <p>${t.notSent}</p>
      <p class="meta">${t.endpoint(host)}</p>
      <div class="buttons">
        <button type="button" class="primary" part="button button-primary" @click=${() => onAnswer(true)}>
          ${t.agree}
        </button>
        <button type="button" part="button" @click=${() => onAnswer(false)}>${t.decline}</button>
      </div>
    </section>
  `;
}

/** What to say about where a response stands; undefined when there is nothing to say (consent, declined, local). */
export function deliveryText(t: ViewsStrings['delivery'], status: DeliveryStatus | undefined): string | undefined {
  if (!status) return undefined;
  const texts: Partial<Record<DeliveryStatus['state'], string>> = {
    queued: t.sending,
    sending: t.sending,
    sent: t.sent,
    'waiting-offline': t.offline,
    retrying: t.retrying,
    // The server's own words (status.message) go to the host in seeds-delivery-error, not to people.
    failed: t.failed(status.status ?? null),
    delegated: t.delegated,
  };
  return texts[status.state];
}

/**
 * One calm line about where a response stands: sent, waiting, or failed with the reason; busy
 * (`aria-busy`) while it is on its way. With `live` false the line is not a live region itself:
 * the root's status region, which is always there, says it (once) instead.
 */
export function renderDelivery(
  t: ViewsStrings['delivery'],
  status: DeliveryStatus | undefined,
  onRetry: () => void,
  live = true,
): TemplateResult | typeof nothing {
  const text = deliveryText(t, status);
  if (!status || text === undefined) return nothing;
  const busy = status.state === 'queued' || status.state === 'sending';
  return html`
    <div
      class="delivery ${status.state}"
      part="delivery"
      data-state=${status.state}
      data-id=${status.id}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <p role=${live ? 'status' : nothing} tabindex="-1">${text}</p>
      ${status.state === 'failed' ? html`<button type="button" part="button" @click=${onRetry}>${t.retry}</button>` : nothing}
    </div>
  `;
}

function renderResults(el: SeedsOfInnovation): TemplateResult {
  const { session, submission, config, nav } = el;
  const history = session.history;
  const response = shownResponse(el);
  const v = viewsStrings(config.locale);
  if (!response) {
    // The empty screen, with its ghost flower.
    return html`<seeds-results
      data-screen
      exportparts=${VIEW_PARTS}
      .response=${null}
      @results-start=${() => void nav.go('questionnaire')}
    ></seeds-results>`;
  }
  const index = history.findIndex((e) => e.response.id === response.id);
  const entry = index >= 0 ? history[index] : undefined;
  const previous = index > 0 ? history[index - 1] : index < 0 ? history.at(-1) : undefined;
  const unsent =
    entry && config.endpoint && !el.readonly && (entry.sending === 'declined' || entry.sending === 'awaiting-consent');
  return html`
    <h2 id="results-heading" tabindex="-1" data-screen>${config.context.ui.results.heading}</h2>
    ${renderDelivery(v.delivery, session.deliveryOf(response.id), () => retryDelivery(el, response.id), false)}
    ${
      unsent
        ? html`<p>
            <button type="button" part="button" @click=${() => submission.askConsent(response)}>
              ${v.consent.sendLater}
            </button>
          </p>`
        : nothing
    }
    <seeds-results
      exportparts=${VIEW_PARTS}
      .response=${response}
      .agenda=${entry?.agenda ?? null}
      .previous=${previous ?? null}
      ?readonly=${el.readonly || !entry}
      @results-agenda=${(e: InternalEvent<'results-agenda'>) => entry && void session.saveAgenda(response.id, e.detail.agenda)}
      @results-import=${(e: InternalEvent<'results-import'>) => {
        submission.shown = e.detail.response;
        el.requestUpdate();
      }}
    ></seeds-results>
  `;
}

/**
 * The draft is being filled in in another tab: say so calmly. This tab takes over when that one
 * closes, or at once when the participant asks for it here ("continue here instead").
 */
export function renderElsewhere(el: SeedsOfInnovation): TemplateResult {
  const t = viewsStrings(el.config.locale).elsewhere;
  const { handover } = el;
  return html`
    <section class="panel" part="elsewhere" aria-labelledby="elsewhere-heading">
      <h2 id="elsewhere-heading" tabindex="-1" data-screen>${t.heading}</h2>
      <p>${t.text}</p>
      <p>${handover.available ? t.orHere : t.later}</p>
      ${
        handover.available
          ? html`<p>
              <button type="button" part="button" data-action="continue-here" @click=${() => handover.ask()}>
                ${t.continueHere}
              </button>
            </p>`
          : nothing
      }
      <p role="status">${handover.state === 'asking' ? t.asking : ''}</p>
    </section>
  `;
}
