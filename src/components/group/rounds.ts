import { html, nothing, type TemplateResult } from 'lit';
import type { GroupStrings } from '../../content/group-strings.js';
import { NO_ROUND } from '../../model/group-tally.js';

export interface RoundHandlers {
  readonly onRound: (round: string) => void;
  readonly onCompare: (round: string | null) => void;
}

/** The round to show: the one chosen in the view, else the `round` attribute's, else the latest. */
export function pickRound(rounds: readonly string[], chosen: string | null, attribute: string | null): string {
  if (chosen !== null && rounds.includes(chosen)) return chosen;
  if (attribute && rounds.includes(attribute)) return attribute;
  return rounds.at(-1) ?? NO_ROUND;
}

/** The round shown (a select when the data holds several) and an earlier round to compare with. */
export function renderRounds(
  t: GroupStrings,
  rounds: readonly string[],
  round: string,
  compare: string | null,
  on: RoundHandlers,
): TemplateResult {
  const name = (r: string) => (r === NO_ROUND ? t.rounds.none : r);
  const earlier = rounds.slice(0, rounds.indexOf(round));
  return html`<div class="rounds" part="rounds">
    <label>
      <span>${t.rounds.label}</span>
      <select data-select="round" @change=${(e: Event) => on.onRound((e.target as HTMLSelectElement).value)}>
        ${rounds.map((r) => html`<option value=${r} ?selected=${r === round}>${name(r)}</option>`)}
      </select>
    </label>
    ${
      earlier.length
        ? html`<label>
            <span>${t.rounds.compare}</span>
            <select
              data-select="compare"
              @change=${(e: Event) => on.onCompare((e.target as HTMLSelectElement).value || null)}
            >
              <option value="" ?selected=${!compare}>${t.rounds.noCompare}</option>
              ${earlier.map((r) => html`<option value=${r} ?selected=${r === compare}>${name(r)}</option>`)}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}
