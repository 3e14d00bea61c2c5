import { html, nothing, type TemplateResult } from 'lit';
import type { InternalEvent } from '../../events/internal.js';
import type { PhaseAnswer } from '../../model/phases.js';
import type { RoleAnswer } from '../../model/roles.js';
import type { SeedsResponse } from '../../model/response.js';
import { LOADING } from '../../content/loading.js';
import { VIEW_PARTS } from '../parts.js';
import { resultsScreens, type LaterView } from './later-views.js';
import type { SeedsOfInnovation } from './seeds-of-innovation.js';

// The screens of <seeds-of-innovation>, rendered from its controllers. Each screen marks the element
// that navigation focuses with `data-screen` (a view element with its own `focus()`, or a heading).

/** The screen `el.nav.screen` names. */
export function renderScreen(el: SeedsOfInnovation): TemplateResult {
  const { nav, session, submission } = el;
  switch (nav.screen) {
    case 'consent':
    case 'results':
      return renderAfterFinish(el);
    case 'history':
      return withView(
        el,
        'history',
        () =>
          html`<seeds-history
            data-screen
            exportparts=${VIEW_PARTS}
            .responses=${session.history.map((e) => e.response)}
            @history-open=${(e: InternalEvent<'history-open'>) => submission.open(e.detail.id)}
            @history-start=${() => nav.go('questionnaire')}
          ></seeds-history>`,
      );
    case 'group':
      return withView(
        el,
        'group',
        () =>
          html`<seeds-group
            data-screen
            exportparts=${VIEW_PARTS}
            .results=${el.results}
            .source=${el.source}
            .requestInit=${el.requestInit}
            .minGroup=${el.minGroup}
            .round=${el.round}
            .storageNamespace=${el.config.namespace}
            ?presentation=${el.presentation}
            .shareUrl=${el.shareUrl}
          ></seeds-group>`,
      );
    default:
      return renderQuestionnaire(el);
  }
}

function renderQuestionnaire(el: SeedsOfInnovation): TemplateResult {
  const { session, submission, config } = el;
  // Rare (a second tab): its screen comes with the results view's file, fetched ahead anyway.
  if (!session.ownsDraft) return withView(el, 'results', () => resultsScreens()!.renderElsewhere(el));
  const draft = session.draft;
  const answer = (e: InternalEvent<'questionnaire-answer'>) =>
    session.updateDraft({ answers: { ...session.draft.answers, [e.detail.item]: e.detail.value } });
  // The questionnaire knows "prefer not to say" as null and "not answered" as undefined.
  const role = draft.role === 'unstated' ? null : (draft.role ?? undefined);
  const chooseRole = (e: InternalEvent<'questionnaire-role'>) =>
    session.updateDraft({ role: (e.detail.role ?? 'unstated') satisfies RoleAnswer });
  // The same for the phase: "don't know" is null there and 'unknown' in the draft.
  const phase = draft.phase === 'unknown' ? null : (draft.phase ?? undefined);
  const choosePhase = (e: InternalEvent<'questionnaire-phase'>) =>
    session.updateDraft({ phase: (e.detail.phase ?? 'unknown') satisfies PhaseAnswer });
  // The full instrument's statements are a file of their own: a statements' page (after the intro and
  // the role question) waits for it, saying so, and asks for it now if it is not on its way.
  const statements = draft.step >= 2 ? config.needStatements() : 'ready';
  return html`
    <seeds-questionnaire
      data-screen
      exportparts=${VIEW_PARTS}
      instrument=${config.instrument}
      .step=${draft.step}
      .answers=${draft.answers}
      .respondentRole=${role}
      .phase=${phase}
      ?has-endpoint=${Boolean(config.endpoint)}
      ?readonly=${el.readonly}
      ?waiting=${statements !== 'ready'}
      @questionnaire-step=${(e: InternalEvent<'questionnaire-step'>) => session.updateDraft({ step: e.detail.step })}
      @questionnaire-role=${chooseRole}
      @questionnaire-phase=${choosePhase}
      @questionnaire-answer=${answer}
      @questionnaire-finish=${() => submission.finish()}
    >
      ${
        statements === 'ready'
          ? nothing
          : html`<div slot="waiting">
              ${renderLoading(LOADING[config.locale], statements === 'failed', () => config.retryLanguage(), false)}
            </div>`
      }
    </seeds-questionnaire>
  `;
}

/**
 * The consent step or the results: both come with the results view's file, which holds their
 * rendering (./results-screens.ts). Until it is there, the results keep their heading above the
 * line that says the file is loading or could not come, so the participant knows where they are.
 */
function renderAfterFinish(el: SeedsOfInnovation): TemplateResult {
  const state = el.views.need('results', el.config.locale);
  const screens = state === 'ready' ? resultsScreens() : null;
  if (screens) return screens.renderAfterFinish(el);
  const heading = el.nav.screen === 'results' && shownResponse(el);
  const line = renderLoading(LOADING[el.config.locale], state === 'failed', () => el.views.retry('results'), !heading);
  if (!heading) return line;
  return html`<h2 id="results-heading" tabindex="-1" data-screen>${el.config.context.ui.results.heading}</h2>
    ${line}`;
}

/** The response the results screen shows: the one just completed or opened, else the latest. */
export function shownResponse(el: SeedsOfInnovation): SeedsResponse | null {
  return el.submission.shown ?? el.session.history.at(-1)?.response ?? null;
}

/**
 * A view that comes in a later file: the view once the file is there; until then a line that says
 * so; when it could not be loaded, a calm message with a retry (what the participant did is already
 * saved: only the view is missing).
 */
function withView(
  el: SeedsOfInnovation,
  view: LaterView,
  render: () => TemplateResult,
  /** Whether the message is the screen's focus target (not when the screen has its own heading). */
  screen = true,
): TemplateResult {
  const state = el.views.need(view, el.config.locale);
  if (state === 'ready') return render();
  return renderLoading(LOADING[el.config.locale], state === 'failed', () => el.views.retry(view), screen);
}

/** "Loading…", or a calm message that a file could not be loaded with a button to try again. */
export function renderLoading(
  t: (typeof LOADING)[keyof typeof LOADING],
  failed: boolean,
  onRetry: () => void,
  screen = true,
): TemplateResult {
  if (!failed) return html`<p class="loading" tabindex="-1" ?data-screen=${screen}>${t.loading}</p>`;
  return html`<div class="load-failed" part="notice">
    <p role="status" tabindex="-1" ?data-screen=${screen}>${t.failed}</p>
    <button type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}
