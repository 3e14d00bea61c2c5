import { GROUP_IDS, type GroupId } from './model.js';
import type { InstrumentId } from './model.js';
import { questionItems, type Model, type QuestionItem } from './model.js';

/** One page of the questionnaire: the role question, or the statements of one group. */
export type Step =
  | { readonly kind: 'role' }
  | { readonly kind: 'group'; readonly group: GroupId; readonly items: readonly QuestionItem[] };

/** The pages after the intro: the role question, then one page per group that has statements, in group order. */
export function questionnaireSteps(model: Model, instrument: InstrumentId): Step[] {
  const items = questionItems(model, instrument);
  const groupOf = new Map(model.factors.map((f) => [f.id, f.group]));
  const groups: Step[] = GROUP_IDS.map((group) => ({
    kind: 'group' as const,
    group,
    items: items.filter((item) => groupOf.get(item.factor) === group),
  })).filter((step) => step.items.length > 0);
  return [{ kind: 'role' }, ...groups];
}
