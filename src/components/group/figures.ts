import { html, nothing, type TemplateResult } from 'lit';
import { themeNames } from '../../content/default-model.js';
import { groupStrings } from '../../content/group-strings.js';
import { resultsStrings, viewsStrings } from '../../content/strings.js';
import type { Agenda } from '../../model/agenda.js';
import { discussFirst } from '../../model/discuss.js';
import type { GroupTally, TalliedGroup } from '../../model/group-tally.js';
import { findFactor, type ThemeId } from '../../model/model.js';
import { themeScores } from '../../model/themes.js';
import type { SeedsContext } from '../../state/context.js';
import { BUTTON_PARTS, FLOWER_PARTS } from '../parts.js';
import { compareRounds } from './compare.js';
import { renderDetail } from './detail.js';
import { renderDiscuss, renderRoles, renderTable } from './parts.js';

/** What the group view does when the facilitator acts on its figures. */
export interface FigureHandlers {
  readonly open: (id: string) => void;
  readonly close: () => void;
  readonly togglePresentation: () => void;
  readonly agenda: (agenda: Agenda) => void;
  readonly csv: (g: TalliedGroup) => void;
}

export interface FiguresOptions {
  readonly context: SeedsContext;
  /** The round shown, at or above the threshold. */
  readonly g: TalliedGroup;
  readonly tally: GroupTally;
  readonly round: string;
  readonly compareRound: string | null;
  readonly min: number;
  readonly presenting: boolean;
  /** In presentation mode: the point to discuss shown. */
  readonly step: number;
  /** The factor whose detail is open. */
  readonly detail: string | null;
  /** The group agenda kept for this round, or null (then the "discuss first" factors). */
  readonly agenda: Agenda | null;
  readonly on: FigureHandlers;
}

/**
 * The group's figures for a round at or above the threshold: respondents, presentation switch,
 * themes, what to discuss first, the flower (with an earlier round as ghost petals), the open
 * factor's detail, and outside presentation mode the table, the roles, the agenda and the CSV.
 * Returns how many points presentation mode steps through.
 */
export function renderFigures(o: FiguresOptions): { template: TemplateResult; steps: number } {
  const { g, round } = o;
  const { locale, model, ui } = o.context;
  const t = groupStrings(locale);
  const first = discussFirst(model, g.scores, g.factors);
  const compared = compareRounds(model, o.tally, round, o.compareRound, o.min);
  const spread = Object.fromEntries(
    Object.entries(g.factors).map(([id, s]) => [
      id,
      s && { min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max },
    ]),
  );
  const focus = o.presenting ? (first.all[o.step] ?? null) : o.detail;
  const factor = focus ? findFactor(model, focus) : undefined;
  const template = html`
    <p class="live" aria-live=${o.presenting ? 'polite' : 'off'}>
      <span class="count" data-respondents=${g.respondents}>${t.source.live(g.respondents)}</span>
    </p>
    ${o.presenting ? html`<p class="meta">${t.presentation.hint} ${t.presentation.step(o.step + 1, first.all.length)}</p>` : nothing}
    <div class="buttons">
      <button
        type="button"
        data-action="presentation"
        aria-pressed=${o.presenting ? 'true' : 'false'}
        @click=${o.on.togglePresentation}
      >
        ${o.presenting ? t.presentation.leave : t.presentation.enter}
      </button>
    </div>
    ${g.comparison.partial ? html`<p class="partial">${viewsStrings(locale).group.partial(g.comparison.items.length)}</p>` : nothing}
    <ul class="themes" aria-label=${resultsStrings(locale).themesLabel}>
      ${Object.entries(themeScores(model, g.scores)).map(
        ([theme, value]) =>
          html`<li data-theme=${theme}>
            ${resultsStrings(locale).themeScore(themeNames(locale)[theme as ThemeId], value)}
          </li>`,
      )}
    </ul>
    ${renderDiscuss(t, first, g, model, locale, o.on.open)}
    <seeds-flower
      part="flower"
      exportparts=${FLOWER_PARTS}
      lang=${locale}
      .model=${model}
      .scores=${g.scores}
      .spread=${spread}
      .compare=${compared?.before}
      .respondents=${g.respondents}
      @seeds-factor-select=${(e: CustomEvent<{ factor: string }>) => o.on.open(e.detail.factor)}
    ></seeds-flower>
    ${factor ? renderDetail(t, factor, g, o.context, o.on.close, o.on.open, first.all) : nothing}
    ${
      o.presenting
        ? nothing
        : html`${compared?.partial ? html`<p class="partial" data-partial="rounds">${t.rounds.partial(compared.items)}</p>` : nothing}
            ${renderTable(t, ui, g, compared, model, locale)}
            ${renderRoles(t, ui, o.tally, round, o.min, model, locale)}
            <seeds-agenda
              exportparts=${BUTTON_PARTS}
              .agenda=${o.agenda ?? { selected: first.all, actions: {} }}
              .scores=${g.scores}
              @agenda-change=${(e: CustomEvent<{ agenda: Agenda }>) => o.on.agenda(e.detail.agenda)}
            ></seeds-agenda>
            <div class="buttons">
              <button type="button" part="button" @click=${() => o.on.csv(g)}>${t.csv}</button>
            </div>`
    }
  `;
  return { template, steps: first.all.length };
}
