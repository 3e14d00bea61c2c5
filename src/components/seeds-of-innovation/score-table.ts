import { html } from 'lit';
import type { Scores } from '../../model/scoring.js';
import type { SeedsContext } from '../../state/context.js';

/** The scores as a plain table: the always-available textual form of the results. */
export function renderScoreTable({ model, locale, ui, groups }: SeedsContext, scores: Scores) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return html`
    <table part="score-table">
      <caption>
        ${ui.results.tableCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${ui.results.factor}</th>
          <th scope="col">${ui.results.group}</th>
          <th scope="col">${ui.results.score}</th>
        </tr>
      </thead>
      <tbody>
        ${model.factors.map((factor) => {
          const score = scores[factor.id];
          return html`
            <tr data-factor=${factor.id}>
              <th scope="row">${factor.number}. ${factor.content[locale].title}</th>
              <td>${groups[factor.group]}</td>
              <td class="num">
                ${score === null || score === undefined ? ui.results.notAssessed : format.format(score)}
              </td>
            </tr>
          `;
        })}
      </tbody>
    </table>
  `;
}
