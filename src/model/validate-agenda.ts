import type { Agenda, AgendaAction } from './agenda.js';
import { idRecord } from './checks.js';
import type { Model } from './model.js';
import type { ValidationResult } from './validation.js';

// Apart from agenda.ts (the texts the views make of an agenda): only storage validates agendas,
// and the CDN build loads that code after the first screen (issue 13).

/**
 * Checks an agenda read back from storage: `selected` an array of strings, `actions` an object of
 * `{ what, who, when }` strings. With a model, ids that are not in it are dropped (a host may have
 * changed its model since), not reported.
 */
export function validateAgenda(input: unknown, model?: Model): ValidationResult<Agenda> {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['agenda: expected an object with "selected" and "actions"'] };
  }
  const raw = input as Record<string, unknown>;
  const known = model ? new Set(model.factors.map((f) => f.id)) : undefined;
  const keep = (id: string) => !known || known.has(id);

  const selected: string[] = [];
  if (!Array.isArray(raw.selected)) errors.push('selected: expected an array of factor ids');
  else
    raw.selected.forEach((id, i) => {
      if (typeof id !== 'string') errors.push(`selected[${i}]: expected a factor id`);
      else if (keep(id) && !selected.includes(id)) selected.push(id);
    });

  const actions = idRecord<AgendaAction>();
  if (typeof raw.actions !== 'object' || raw.actions === null || Array.isArray(raw.actions)) {
    errors.push('actions: expected an object keyed by factor id');
  } else {
    for (const [id, action] of Object.entries(raw.actions as Record<string, unknown>)) {
      const a = (typeof action === 'object' && action !== null ? action : {}) as Record<string, unknown>;
      const bad = (['what', 'who', 'when'] as const).filter((k) => typeof a[k] !== 'string');
      if (bad.length) errors.push(`actions.${id}: ${bad.join(', ')} must be text`);
      else if (keep(id)) actions[id] = { what: a.what as string, who: a.who as string, when: a.when as string };
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { selected, actions } };
}
