import { html, nothing, type TemplateResult } from 'lit';
import { uiStrings, viewsStrings } from '../../content/strings.js';
import type { Locale } from '../../model/locale.js';
import { phaseChange } from '../../model/phases.js';
import type { Phase, SeedsResponse } from '../../model/response.js';

/** A phase's name for use inside a sentence. */
export function phaseName(locale: Locale, phase: Phase): string {
  return uiStrings(locale).phase.options[phase].toLocaleLowerCase(locale);
}

/**
 * The line that says the community's phase changed since the previous measurement (nothing when
 * either measurement names no phase, or both name the same), and, with `prompt`, the standing
 * reminder to measure again when a new phase begins. No advice per phase: the research gives none.
 */
export function renderPhaseNote(
  locale: Locale,
  latest: SeedsResponse | undefined,
  previous: SeedsResponse | undefined,
  prompt: boolean,
): TemplateResult | typeof nothing {
  const t = viewsStrings(locale).history;
  const change = phaseChange(latest, previous);
  if (!change && !prompt) return nothing;
  return html`<div class="phase-note" part="phase-note">
    ${
      change
        ? html`<p data-phase-change=${`${change.from}>${change.to}`}>
            ${t.phaseChanged(phaseName(locale, change.from), phaseName(locale, change.to))}
          </p>`
        : nothing
    }
    ${prompt ? html`<p class="meta" data-phase-prompt>${t.phasePrompt}</p>` : nothing}
  </div>`;
}
