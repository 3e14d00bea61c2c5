import { html, nothing, type TemplateResult } from 'lit';
import type { ViewsStrings } from '../../content/strings.js';
import type { DeliveryStatus } from '../../services/outbox.js';

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

export interface ToolsOptions {
  t: ViewsStrings['tools'];
  data: ViewsStrings['data'];
  /** Off on the questionnaire itself: there it would only throw away answers in progress. */
  canStartNew: boolean;
  /** The screen's one primary action (history: start a new measurement). */
  newIsPrimary: boolean;
  hasHistory: boolean;
  /** Whether anything is stored on this device: without it there is nothing to delete. */
  hasData: boolean;
  /** Set while another tab has the draft: why deleting is not offered here (it would be written back there). */
  deleteElsewhere?: string | null;
  confirming: boolean;
  message: string;
  onNew: () => void;
  onHistory: () => void;
  onDelete: () => void;
  onConfirm: (yes: boolean) => void;
}

/**
 * "Start a new measurement" and "Earlier measurements" as buttons; "Delete my data on this device"
 * as a quiet link in a "your data" section, shown only when something is stored.
 */
export function renderTools(o: ToolsOptions): TemplateResult | typeof nothing {
  const nav = o.canStartNew || o.hasHistory;
  // Nothing to offer (a fresh device): no empty bar under the screen.
  if (!nav && !o.hasData && !o.confirming && !o.message) return nothing;
  return html`
    <div class="tools" part="tools">
      ${
        nav
          ? html`<div class="buttons">
              ${
                o.canStartNew
                  ? html`<button
                      type="button"
                      class=${o.newIsPrimary ? 'primary' : ''}
                      part=${o.newIsPrimary ? 'button button-primary' : 'button'}
                      @click=${o.onNew}
                    >
                      ${o.t.newMeasurement}
                    </button>`
                  : nothing
              }
              ${o.hasHistory ? html`<button type="button" part="button" @click=${o.onHistory}>${o.t.history}</button>` : nothing}
            </div>`
          : nothing
      }
      ${
        o.hasData || o.confirming
          ? html`<section class="your-data" aria-labelledby="your-data-heading">
              <h3 id="your-data-heading">${o.data.heading}</h3>
              <p class="meta">
                ${o.data.intro} ${o.deleteElsewhere ?? nothing}
                ${
                  o.deleteElsewhere
                    ? nothing
                    : html`<button
                        type="button"
                        class="link danger"
                        data-action="delete"
                        @click=${o.onDelete}
                        aria-expanded=${o.confirming ? 'true' : 'false'}
                      >
                        ${o.t.deleteData}
                      </button>`
                }
              </p>
              ${
                o.confirming && !o.deleteElsewhere
                  ? html`<div class="confirm" role="group" aria-label=${o.t.deleteData}>
                      <p>${o.t.confirmDelete}</p>
                      <div class="buttons">
                        <button type="button" class="danger" @click=${() => o.onConfirm(true)}>
                          ${o.t.confirmYes}
                        </button>
                        <button type="button" @click=${() => o.onConfirm(false)}>${o.t.confirmNo}</button>
                      </div>
                    </div>`
                  : nothing
              }
            </section>`
          : nothing
      }
      <p role="status" class="status">${o.message}</p>
    </div>
  `;
}
