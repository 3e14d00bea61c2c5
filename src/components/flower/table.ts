import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FlowerTexts } from '../../content/nl/flower.js';
import type { PetalView } from './view.js';

/** The data table: always in the accessibility tree, visually hidden until the toggle shows it. */
export function table(
  petals: readonly PetalView[],
  texts: FlowerTexts,
  groupNames: Readonly<Record<string, string>>,
  options: { open: boolean; compare: boolean; spread: boolean },
): TemplateResult {
  const c = texts.columns;
  const cell = (text: string | null) => text ?? texts.notAssessed;
  // The wrapper is what hides: a table ignores the 1px width of .visually-hidden.
  return html`<div id="seeds-flower-table" class=${options.open ? 'table-wrap' : 'table-wrap visually-hidden'}>
    <table part="table" class="table">
      <caption>
        ${texts.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.factor}</th>
          <th scope="col">${c.group}</th>
          <th scope="col">${c.score}</th>
          ${
            options.compare
              ? html`<th scope="col">${c.earlier}</th>
                  <th scope="col">${c.change}</th>`
              : nothing
          }
          ${options.spread ? html`<th scope="col">${c.spread}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${petals.map((p) =>
          guard(
            [p, options.compare, options.spread, groupNames],
            () =>
              html`<tr data-row=${p.id}>
                <th scope="row">${p.title}</th>
                <td>${groupNames[p.group] ?? p.group}</td>
                <td class="num">${cell(p.scoreText)}</td>
                ${
                  options.compare
                    ? html`<td class="num">${cell(p.earlierText)}</td>
                        <td class="num">${p.changeText ?? '–'}</td>`
                    : nothing
                }
                ${options.spread ? html`<td>${p.spreadText ?? '–'}</td>` : nothing}
              </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
