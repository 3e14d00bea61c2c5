import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FlowerTexts } from '../../content/nl/flower.js';
import type { PetalView } from './view.js';

/**
 * The data table: always in the accessibility tree, visually hidden until the toggle shows it.
 * Hidden, its parts are laid out as blocks (panel-styles.ts: a changed score then costs no table
 * layout); the explicit roles keep it a table for every engine's accessibility tree, also where
 * `display` would otherwise decide that.
 */
// The roles are not redundant here: with `display: block` (hidden), engines may drop the implicit ones.
/* eslint-disable lit-a11y/no-redundant-role */
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
    <table part="table" class="table" role="table" aria-labelledby="seeds-flower-caption">
      <caption id="seeds-flower-caption">
        ${texts.caption}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${c.factor}</th>
          <th scope="col" role="columnheader">${c.group}</th>
          <th scope="col" role="columnheader">${c.score}</th>
          ${
            options.compare
              ? html`<th scope="col" role="columnheader">${c.earlier}</th>
                  <th scope="col" role="columnheader">${c.change}</th>`
              : nothing
          }
          ${options.spread ? html`<th scope="col" role="columnheader">${c.spread}</th>` : nothing}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${petals.map((p) =>
          guard(
            [p, options.compare, options.spread, groupNames],
            () =>
              html`<tr role="row" data-row=${p.id}>
                <th scope="row" role="rowheader">${p.title}</th>
                <td role="cell">${groupNames[p.group] ?? p.group}</td>
                <td role="cell" class="num">${cell(p.scoreText)}</td>
                ${
                  options.compare
                    ? html`<td role="cell" class="num">${cell(p.earlierText)}</td>
                        <td role="cell" class="num">${p.changeText ?? '–'}</td>`
                    : nothing
                }
                ${options.spread ? html`<td role="cell">${p.spreadText ?? '–'}</td>` : nothing}
              </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
/* eslint-enable lit-a11y/no-redundant-role */
