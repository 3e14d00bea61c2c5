import { html, nothing, type TemplateResult } from 'lit';
import { numberFormat } from '../../content/format.js';
import type { GroupStrings } from '../../content/group-strings.js';
import type { UiStrings } from '../../content/strings.js';
import type { DiscussFirst } from '../../model/discuss.js';
import type { GroupTally, TalliedGroup } from '../../model/group-tally.js';
import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import { ROLES } from '../../model/roles.js';
import type { Scores } from '../../model/scoring.js';
import type { SourceStatus } from '../../services/source-poller.js';

const fmt = (locale: Locale) => numberFormat(locale);
const title = (model: Model, id: string, locale: Locale) => {
  const f = model.factors.find((x) => x.id === id)!;
  return `${f.number}. ${f.content[locale].title}`;
};

/** One calm line about the source: loading, not allowed, unreachable (with or without data shown). */
export function renderSourceStatus(
  t: GroupStrings,
  status: SourceStatus | null,
  hasData: boolean,
): TemplateResult | typeof nothing {
  if (!status || status.state === 'ready') return nothing;
  const text = {
    loading: t.source.loading,
    denied: t.source.denied,
    unreachable: hasData ? t.source.unreachableKept : t.source.unreachable,
    invalid: t.source.invalid,
  }[status.state];
  const problem = status.state !== 'loading';
  return html`<p class=${problem ? 'notice' : 'loading'} data-source-state=${status.state} part="source-status">
    ${text}
  </p>`;
}

/** Below `min-group`: how many answered and how many are needed, and why. No figure at all. */
export function renderThreshold(t: GroupStrings, n: number, min: number): TemplateResult {
  return html`<div class="threshold" data-state="below-threshold">
    <p class="count">${t.threshold.waiting(n, min)}</p>
    <p class="meta">${t.threshold.why(min)}</p>
  </div>`;
}

/** The card at the top: the lowest factors and the real disagreements, each opening its detail. */
export function renderDiscuss(
  t: GroupStrings,
  first: DiscussFirst,
  g: TalliedGroup,
  model: Model,
  locale: Locale,
  onOpen: (id: string) => void,
): TemplateResult {
  const item = (id: string) =>
    html`<li data-factor=${id}>
      <button type="button" class="link" @click=${() => onOpen(id)}>${title(model, id, locale)}</button>
      <span class="meta">${t.discuss.score(fmt(locale).format(g.scores[id] ?? 0))}</span>
    </li>`;
  return html`<section class="discuss" aria-labelledby="discuss-heading" part="discuss">
    <h3 id="discuss-heading">${t.discuss.heading}</h3>
    <h4>${t.discuss.lowest}</h4>
    <ul data-list="lowest">
      ${first.lowest.map(item)}
    </ul>
    <h4>${t.discuss.disagreements}</h4>
    ${
      first.disagreements.length
        ? html`<p class="meta">${t.discuss.disagreementWhy}</p>
            <ul data-list="disagreements">
              ${first.disagreements.map(item)}
            </ul>`
        : html`<p class="meta" data-list="disagreements">${t.discuss.noDisagreement}</p>`
    }
  </section>`;
}

/** Each kind of organisation's median per factor, side by side; only kinds with at least `min` respondents. */
export function renderRoles(
  t: GroupStrings,
  ui: UiStrings,
  tally: GroupTally,
  round: string,
  min: number,
  model: Model,
  locale: Locale,
): TemplateResult {
  const shown = ROLES.map((role) => ({ role, g: tally.result(round, role) })).filter(
    (s): s is { role: (typeof ROLES)[number]; g: TalliedGroup } => (s.g?.respondents ?? 0) >= min,
  );
  const f = fmt(locale);
  return html`<section class="roles" aria-labelledby="roles-heading" part="roles">
    <h3 id="roles-heading">${t.roles.heading}</h3>
    ${
      shown.length === 0
        ? html`<p class="meta">${t.roles.none(min)}</p>`
        : html`<div class="scroll" role="region" aria-labelledby="roles-caption" tabindex="0">
            <table>
              <caption id="roles-caption">
                ${t.roles.caption(min)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.table.factor}</th>
                  ${shown.map(
                    (s) =>
                      html`<th scope="col" data-role=${s.role}>
                        ${ui.role.options[s.role]} (n = ${s.g.respondents})
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${model.factors.map(
                  (factor) =>
                    html`<tr>
                      <th scope="row">${factor.number}. ${factor.content[locale].title}</th>
                      ${shown.map((s) => {
                        const m = s.g.factors[factor.id]?.median;
                        return html`<td class="num">${m === undefined ? '–' : f.format(m)}</td>`;
                      })}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

/** The figures per factor as a table: the flower's text alternative for the whole group. */
export function renderTable(
  t: GroupStrings,
  ui: UiStrings,
  g: TalliedGroup,
  compared: { readonly now: Scores; readonly before: Scores } | null,
  model: Model,
  locale: Locale,
): TemplateResult {
  const f = fmt(locale);
  const earlier = compared?.before ?? null;
  const signed = numberFormat(locale, 'signed');
  return html`<div class="scroll" role="region" aria-labelledby="group-caption" tabindex="0">
    <table>
      <caption id="group-caption">
        ${t.table.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.table.factor}</th>
          <th scope="col">${t.table.n}</th>
          <th scope="col">${t.table.mean}</th>
          <th scope="col">${t.table.middle}</th>
          <th scope="col">${t.table.range}</th>
          ${earlier ? html`<th scope="col">${t.rounds.change}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.factors.map((factor) => {
          const s = g.factors[factor.id];
          const before = earlier?.[factor.id];
          const now = compared?.now[factor.id];
          const change =
            typeof now === 'number' && typeof before === 'number' ? signed.format(Math.round(now - before)) : '–';
          return html`<tr data-factor=${factor.id}>
            <th scope="row">${factor.number}. ${factor.content[locale].title}</th>
            <td class="num">${s?.n ?? 0}</td>
            <td class="num">${s ? f.format(s.mean) : ui.results.notAssessed}</td>
            <td class="num">${s ? `${f.format(s.q1)} – ${f.format(s.q3)}` : '–'}</td>
            <td class="num">${s ? `${f.format(s.min)} – ${f.format(s.max)}` : '–'}</td>
            ${earlier ? html`<td class="num" data-change=${factor.id}>${change}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
