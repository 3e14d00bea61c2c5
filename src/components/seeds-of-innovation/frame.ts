import { html, nothing, type TemplateResult } from 'lit';
import { hasLaterTexts } from '../../content/language.js';
import { LOADING } from '../../content/loading.js';
import { viewsStrings } from '../../content/strings.js';
import { draftBegun } from '../../model/draft.js';
import { resultsScreens } from './later-views.js';
import { renderLoading, shownResponse } from './screens.js';
import type { SeedsOfInnovation } from './seeds-of-innovation.js';

// What surrounds the screen of <seeds-of-innovation>: the status region above it, and the delivery
// lines and tools below it.

/**
 * The status region, always rendered (a live region inserted together with its text is often not
 * announced): storage that will not keep answers, where sending the shown response stands, and a
 * draft taken over from another tab.
 */
export function renderStatus(el: SeedsOfInnovation): TemplateResult {
  const { session, handover } = el;
  const v = viewsStrings(el.config.locale);
  return html`<div role="status" class="notice-region">
    ${session.persistent ? nothing : html`<p class="notice" part="notice">${v.storage.unavailable}</p>`}
    ${deliveryAnnouncement(el)}
    ${
      // Taken over from the "open in another tab" screen, whose texts (the later ones) are there.
      handover.state === 'taken' && session.ownsDraft && hasLaterTexts(el.config.locale)
        ? html`<p class="visually-hidden">${v.elsewhere.taken}</p>`
        : nothing
    }
  </div>`;
}

/**
 * Where sending the shown response stands, for screen readers: said in the status region, so
 * "Sending…" is announced as soon as it starts and once; the visible line under the results
 * heading says the same without a role.
 */
function deliveryAnnouncement(el: SeedsOfInnovation) {
  const screens = el.nav.screen === 'results' ? readyScreens(el) : null;
  if (!screens) return nothing;
  const response = shownResponse(el);
  const text =
    response && screens.deliveryText(viewsStrings(el.config.locale).delivery, el.session.deliveryOf(response.id));
  return text ? html`<p class="visually-hidden" data-announce>${text}</p>` : nothing;
}

/**
 * Below the screen: responses waiting for the outbox's file that could not be loaded, refused
 * deliveries with their retry (the results screen shows its own), and the tools.
 */
export function renderFooter(el: SeedsOfInnovation): TemplateResult {
  const { config, nav, session } = el;
  const v = viewsStrings(config.locale);
  const screen = nav.screen;
  const showTools = !(el.readonly || screen === 'group' || screen === 'consent' || !session.loaded);
  const waiting = session.deliveryUnavailable && session.history.some((e) => e.sending === 'queued');
  // Refused responses are said with their retry on every other screen: the line comes with the results
  // view's file (./results-screens.ts), loaded for it when it is not there yet; when that file cannot
  // come, a calm message with a retry says so rather than leaving the refusal unsaid.
  const failed = screen === 'results' ? [] : session.failedDeliveries;
  const lines = failed.length > 0 ? el.views.need('results', config.locale) : null;
  const screens = lines === 'ready' ? resultsScreens() : null;
  return html`
    ${waiting ? renderLoading(LOADING[config.locale], true, () => session.retryDelivery(), false) : nothing}
    ${lines === 'failed' ? renderLoading(LOADING[config.locale], true, () => el.views.retry('results'), false) : nothing}
    ${screens ? failed.map((s) => screens.renderDelivery(v.delivery, s, () => screens.retryDelivery(el, s.id))) : nothing}
    ${showTools ? tools(el) : nothing}
  `;
}

/**
 * The tools, when there is something to offer; they come with the views' file (./tools-file.ts):
 * until it is there nothing shows, and when it cannot come, a calm message with a retry.
 */
function tools(el: SeedsOfInnovation): TemplateResult | typeof nothing {
  const { session, submission } = el;
  // Nothing kept on this device and nothing to say (a first visit): no file to load, no empty bar.
  if (!(session.history.length > 0 || draftBegun(session.draft) || submission.confirmingDelete || submission.message))
    return nothing;
  const file = el.tools.get();
  if (file) return file.renderToolsOf(el);
  return el.tools.failed ? renderLoading(LOADING[el.config.locale], true, () => el.tools.retry(), false) : nothing;
}

/** The results view's rendering of delivery lines, once its file and texts are there in the language shown (else loading it). */
function readyScreens(el: SeedsOfInnovation) {
  return el.views.need('results', el.config.locale) === 'ready' ? resultsScreens() : null;
}
