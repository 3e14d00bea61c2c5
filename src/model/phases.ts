import { PHASES, type Phase } from './response.js';

/**
 * The answer to the optional phase question as a draft keeps it: a phase, `'unknown'` (the
 * participant chose "don't know") or null (not answered yet). Only a phase goes into the response,
 * so "don't know" and "not answered" leave `phase` out alike; the draft tells them apart so that a
 * reload restores the choice.
 */
export type PhaseAnswer = Phase | 'unknown' | null;

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export function isPhaseAnswer(value: unknown): value is PhaseAnswer {
  return value === null || value === 'unknown' || isPhase(value);
}

/** The phase that goes into the response, or undefined (the field is then left out). */
export function responsePhase(answer: PhaseAnswer | undefined): Phase | undefined {
  return isPhase(answer) ? answer : undefined;
}

/**
 * Whether the community's phase changed between two measurements: only when both name a phase and
 * they differ. The research gives no advice per phase; a new phase is a moment to measure again.
 */
export function phaseChange(
  latest: { readonly phase?: Phase } | undefined,
  previous: { readonly phase?: Phase } | undefined,
): { readonly from: Phase; readonly to: Phase } | null {
  const from = previous?.phase;
  const to = latest?.phase;
  return from && to && from !== to ? { from, to } : null;
}
