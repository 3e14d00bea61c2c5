import type { GroupResult } from './aggregate.js';
import { Slice } from './group-slice.js';
import type { Model } from './model.js';
import type { SeedsResponse } from './response.js';
import type { Role } from './roles.js';
import type { AnswerCounts } from './tally.js';

/** A group's figures for one round (and one role, for a slice), plus the answer counts per factor. */
export interface TalliedGroup extends GroupResult {
  /** Per factor id: how often each option was chosen over its statements (see `AnswerCounts`). */
  readonly answers: Readonly<Record<string, AnswerCounts>>;
}

/** Responses without a `round` (or from an earlier release) form the round with this key. */
export const NO_ROUND = '';

/** One round: a slice per role, and all of them together, merged when asked for. */
class Round {
  readonly roles = new Map<Role | 'none', Slice>();
  /** Its responses in the order they were added. */
  readonly responses: SeedsResponse[] = [];
  private merged: Slice | null = null;

  constructor(private readonly model: Model) {}

  add(response: SeedsResponse): void {
    this.merged = null;
    this.responses.push(response);
    const role = response.respondent.role ?? 'none';
    let slice = this.roles.get(role);
    if (!slice) this.roles.set(role, (slice = new Slice(this.model)));
    slice.add(response);
  }

  /** Everyone in the round: the roles' slices added up once per change, not each response counted twice. */
  get all(): Slice {
    return (this.merged ??= Slice.merged(this.model, this.roles.values(), this.responses));
  }

  get kinds(): ReadonlySet<string> {
    return new Set([...this.roles.values()].flatMap((slice) => [...slice.kinds]));
  }
}

/**
 * The group's figures per round and per role, kept up to date one response at a time.
 *
 * Decisions:
 * - Same rules as `aggregateResponses` (whose figures it reproduces): the first response with an
 *   id counts, later ones with that id are ignored; a factor a response does not score is left
 *   out for that factor only. Validate responses first.
 * - A round is the response's `round` text; responses without one share the round `NO_ROUND`.
 *   Rounds are listed in the order their first response was added (the collector answers oldest
 *   first), so a later round in the list is a later meeting.
 * - Adding is O(factors + answers), into the slice of the response's round and role only; a
 *   round's figures are its roles' slices added up (counts per distinct score, not per response)
 *   when asked for. A result is cached per slice until that slice changes, so a refresh that
 *   brings one new response among 10,000 recomputes one round's figures only.
 * - A slice that mixes instruments or instrument versions is computed by `aggregateResponses`,
 *   which makes the scores comparable (`comparison.partial`); that path is not incremental.
 *
 * @example
 * ```ts
 * const tally = new GroupTally(model);
 * responses.forEach((r) => tally.add(r));
 * tally.result(tally.rounds.at(-1)!).scores;
 * tally.result('kick-off', 'business')?.respondents;
 * ```
 */
export class GroupTally {
  private readonly seen = new Set<string>();
  private readonly byRound = new Map<string, Round>();

  constructor(readonly model: Model) {}

  /** Counts a response; false (and nothing counted) when its id was counted before. */
  add(response: SeedsResponse): boolean {
    if (this.seen.has(response.id)) return false;
    this.seen.add(response.id);
    const key = roundOf(response);
    let round = this.byRound.get(key);
    if (!round) this.byRound.set(key, (round = new Round(this.model)));
    round.add(response);
    return true;
  }

  /** Distinct responses counted, over all rounds. */
  get size(): number {
    return this.seen.size;
  }

  /** Whether a response with this id was counted. */
  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** The responses counted in a round, in the order they were added (for comparing rounds). */
  responsesOf(round: string): readonly SeedsResponse[] {
    return this.byRound.get(round)?.responses ?? [];
  }

  /** The instruments and versions answered in a round (`quick|2`): one only, and rounds compare as they are. */
  kindsOf(round: string): ReadonlySet<string> {
    return this.byRound.get(round)?.kinds ?? new Set();
  }

  /** The rounds in the order they first appeared. */
  get rounds(): string[] {
    return [...this.byRound.keys()];
  }

  /** The figures of a round, or of one role in it; null when nobody answered there. */
  result(round: string, role?: Role | 'none'): TalliedGroup | null {
    const entry = this.byRound.get(round);
    if (!entry) return null;
    const slice = role === undefined ? entry.all : entry.roles.get(role);
    return slice ? slice.result() : null;
  }
}

/** The round a response belongs to. */
export function roundOf(response: SeedsResponse): string {
  return typeof response.round === 'string' ? response.round : NO_ROUND;
}
