import { html, nothing, type TemplateResult } from 'lit';
import { hasLaterTexts } from '../../content/language.js';
import { viewsStrings, type ViewsStrings } from '../../content/strings.js';
import { draftBegun } from '../../model/draft.js';
import { answerDelete, startNew, toggleDelete } from '../../state/submission-actions.js';
import type { SeedsOfInnovation } from './seeds-of-innovation.js';

// The tools under the screen, in the views' file (./tools-file.ts loads it): they show only once
// something is stored on this device, never on a first visit's first screen (issue 13).

/** The tools of the root element, from its session and submission. */
export function renderToolsOf(el: SeedsOfInnovation): TemplateResult | typeof nothing {
  const { config, nav, session, submission } = el;
  const v = viewsStrings(config.locale);
  const screen = nav.screen;
  return renderTools({
    t: v.tools,
    data: v.data,
    canStartNew: screen !== 'questionnaire' && session.history.length > 0,
    newIsPrimary: screen === 'history',
    hasHistory: session.history.length > 0 && screen !== 'history',
    // Anything kept on this device: a measurement, or a questionnaire begun.
    hasData: session.history.length > 0 || draftBegun(session.draft),
    deleteElsewhere: session.ownsDraft ? null : hasLaterTexts(config.locale) ? v.elsewhere.deleteThere : '',
    confirming: submission.confirmingDelete,
    message: submission.message,
    onNew: () => startNew(el),
    onHistory: () => nav.go('history'),
    onDelete: () => toggleDelete(el),
    onConfirm: (yes) => answerDelete(el, yes),
  });
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
  /**
   * Set while another tab has the draft: why deleting is not offered here (it would be written back
   * there); empty while that text is still loading. Null or absent: deleting is offered.
   */
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
                  o.deleteElsewhere != null
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
                o.confirming && o.deleteElsewhere == null
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
