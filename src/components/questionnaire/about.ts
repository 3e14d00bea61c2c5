import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UiStrings } from '../../content/strings.js';
import { PHASES, type Phase } from '../../model/response.js';
import { ROLES, type Role } from '../../model/roles.js';

/** What the "about you" step shows and reports: the role and the optional phase of the community. */
export interface AboutInput {
  readonly ui: UiStrings;
  /** undefined: not answered yet; null: "prefer not to say". */
  readonly role: Role | null | undefined;
  /** undefined: not answered yet; null: "don't know". */
  readonly phase: Phase | null | undefined;
  readonly readonly: boolean;
  readonly onRole: (role: Role | null) => void;
  readonly onPhase: (phase: Phase | null) => void;
}

/** The step before the statements: the role question, then the optional phase question. */
export function renderAbout(input: AboutInput): TemplateResult {
  const { ui } = input;
  const role = (value: Role | null, label: string) =>
    option('role', value, label, input.role === value, input, () => input.onRole(value), 'option');
  // The phase is kept with the measurement, so the history can tell when a new phase began.
  const phase = (value: Phase | null, label: string) =>
    option('phase', value, label, input.phase === value, input, () => input.onPhase(value));
  return html`
    <h2 tabindex="-1">${ui.stepAbout}</h2>
    <fieldset part="statement" role="radiogroup" aria-labelledby="role-legend">
      <legend id="role-legend">${ui.role.legend}</legend>
      <div class="options">${ROLES.map((r) => role(r, ui.role.options[r]))} ${role(null, ui.role.none)}</div>
    </fieldset>
    <fieldset role="radiogroup" aria-labelledby="phase-legend" aria-describedby="phase-hint" class="phase">
      <legend id="phase-legend">${ui.phase.legend}</legend>
      <p class="hint" id="phase-hint">${ui.phase.hint}</p>
      <div class="options">${PHASES.map((p) => phase(p, ui.phase.options[p]))} ${phase(null, ui.phase.none)}</div>
    </fieldset>
  `;
}

function option(
  name: string,
  value: string | null,
  label: string,
  checked: boolean,
  input: AboutInput,
  choose: () => void,
  part?: string,
): TemplateResult {
  return html`
    <label class="option" part=${ifDefined(part)}>
      <input
        type="radio"
        name=${name}
        .value=${value ?? ''}
        .checked=${live(checked)}
        ?disabled=${input.readonly}
        @change=${choose}
      />
      <span>${label}</span>
    </label>
  `;
}
