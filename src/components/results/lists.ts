import { html, nothing, type TemplateResult } from 'lit';
import { screensStrings } from '../../content/screens.js';
import { resultsStrings } from '../../content/strings.js';
import { firstOnAgenda } from '../../model/attention.js';
import { findFactor } from '../../model/model.js';
import type { Scores } from '../../model/scoring.js';
import type { SeedsContext } from '../../state/context.js';

/** What the factor lists of the results view need: the texts' language, the scores and how to open a factor. */
export interface ListOptions {
  readonly context: SeedsContext;
  readonly scores: Readonly<Scores>;
  readonly onOpen: (id: string) => void;
}

/** One factor as a list entry: its name opens its detail, its score beside it. */
function entry(o: ListOptions, id: string): TemplateResult {
  const { model, locale } = o.context;
  const factor = findFactor(model, id)!;
  const score = o.scores[id];
  return html`<li data-factor=${id}>
    <button type="button" class="link" @click=${() => o.onOpen(id)}>
      ${factor.number}. ${factor.content[locale].title}
    </button>
    ${typeof score === 'number' ? html`<span class="meta">${resultsStrings(locale).score(score)}</span>` : nothing}
  </li>`;
}

/**
 * The first attention points, named beside the flower so the first screen says what to do: whole
 * tie groups only (`firstOnAgenda`), with a plain line when more factors share a score.
 */
export function renderTopThree(o: ListOptions, attention: readonly string[]): TemplateResult | typeof nothing {
  if (attention.length === 0) return nothing;
  const { locale } = o.context;
  const t = resultsStrings(locale);
  const s = screensStrings(locale).results;
  const { ids, tiedFirst, more } = firstOnAgenda(attention, o.scores);
  return html`<section class="top-three" aria-labelledby="top-three-heading">
    <h3 id="top-three-heading">${ids.length === 3 ? s.topThreeHeading : s.firstHeading}</h3>
    ${tiedFirst ? html`<p class="meta" data-tie="first">${s.firstTied(ids.length)}</p>` : nothing}
    <ol>
      ${ids.map((id) => entry(o, id))}
    </ol>
    ${more ? html`<p class="meta" data-tie="more">${s.firstMore(more.count, t.score(more.score))}</p>` : nothing}
  </section>`;
}

/** Strengths and not-assessed factors as short lists of names: they need no reading, only noticing. */
export function renderCompact(
  o: ListOptions,
  id: string,
  heading: string,
  intro: string | null,
  ids: readonly string[],
): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<section class="screen-only compact" aria-labelledby=${id}>
    <h3 id=${id}>${heading}</h3>
    ${intro ? html`<p class="meta">${intro}</p>` : nothing}
    <ul class="plain inline">
      ${ids.map((f) => entry(o, f))}
    </ul>
  </section>`;
}
