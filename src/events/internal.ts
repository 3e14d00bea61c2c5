import type { Agenda } from '../model/agenda.js';
import type { Phase, SeedsResponse } from '../model/response.js';
import type { Role } from '../model/roles.js';
import type { AnswerValue } from '../model/scale.js';

/**
 * Every event between the views and the root element, with its detail: they bubble inside the
 * root's shadow tree and never reach the page (not composed). The public `seeds-*` events are
 * declared one per file next to this one and fired with `emit`.
 */
export interface InternalEvents {
  /** The questionnaire moves to a step (0 is the intro). */
  'questionnaire-step': CustomEvent<{ step: number }>;
  /** The role question was answered; null is "prefer not to say". */
  'questionnaire-role': CustomEvent<{ role: Role | null }>;
  /** The phase question was answered; null is "don't know". */
  'questionnaire-phase': CustomEvent<{ phase: Phase | null }>;
  'questionnaire-answer': CustomEvent<{ item: string; factor: string; value: AnswerValue }>;
  'questionnaire-finish': CustomEvent<void>;
  /** The agenda (selected factors and actions) was edited. */
  'agenda-change': CustomEvent<{ agenda: Agenda }>;
  /** The results view passes an edited agenda on to be stored with its measurement. */
  'results-agenda': CustomEvent<{ agenda: Agenda }>;
  /** "To the questionnaire" on the results screen when there is no measurement yet. */
  'results-start': CustomEvent<void>;
  /** A response file was opened in the results view. */
  'results-import': CustomEvent<{ response: SeedsResponse }>;
  /** "New measurement" on the history screen. */
  'history-start': CustomEvent<void>;
  /** A measurement of the history was opened. */
  'history-open': CustomEvent<{ id: string }>;
}

export type InternalEventName = keyof InternalEvents;
/** The event a listener of `type` receives. */
export type InternalEvent<K extends InternalEventName> = InternalEvents[K];
type DetailOf<K extends InternalEventName> = InternalEvents[K] extends CustomEvent<infer D> ? D : never;

/** Fires an internal event from `target`: bubbling, not composed, not cancelable. */
export function fire<K extends InternalEventName>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
}
