import { idRecord, ownValue, round2 } from './checks.js';
import { aggregateResponses, type GroupResult, type RoleCounts } from './aggregate.js';
import type { Summary } from './stats.js';
import type { Model } from './model.js';
import type { SeedsResponse } from './response.js';
import { ROLES, type Role } from './roles.js';
import { overallScore, type Scores } from './scoring.js';
import { ScoreTally, type AnswerCounts } from './tally.js';
import { responseVersion } from './versions.js';

/** A group's figures for one round (and one role, for a slice), plus the answer counts per factor. */
export interface TalliedGroup extends GroupResult {
  /** Per factor id: how often each option was chosen over its statements (see `AnswerCounts`). */
  readonly answers: Readonly<Record<string, AnswerCounts>>;
}

/** Responses without a `round` (or from an earlier release) form the round with this key. */
export const NO_ROUND = '';

/** The running figures of one set of respondents. */
class Slice {
  n = 0;
  /** The responses counted, kept for the rare round that mixes instruments or versions. */
  readonly responses: SeedsResponse[] = [];
  /** Instrument and version of each response: more than one means the scores must be made comparable. */
  readonly kinds = new Set<string>();
  /** Per factor in model order, its scores. */
  private readonly tallies: ScoreTally[];
  /** Per factor in model order, six counts (see `AnswerCounts`): factor k's option j at 6k + j. */
  private readonly answerCounts: number[];
  readonly own = new ScoreTally();
  private firstInstrument: string | null = null;
  private firstVersion = 0;
  readonly roles = Object.fromEntries([...ROLES, 'none'].map((k) => [k, 0])) as RoleCounts;
  private cached: TalliedGroup | null = null;

  constructor(private readonly model: Model) {
    this.tallies = model.factors.map(() => new ScoreTally());
    this.answerCounts = new Array<number>(model.factors.length * 6).fill(0);
  }

  /**
   * Counts `r`, read once for all its slices: `own` holds its factor scores in model order, `slots`
   * the place of each of its answers in `answerCounts` (-1: a factor the model does not have).
   */
  add(r: SeedsResponse, own: readonly unknown[], slots: readonly number[]): void {
    this.cached = null;
    this.n += 1;
    this.responses.push(r);
    // Most rounds hold one instrument and version: compare with the first before building a key.
    const version = responseVersion(r);
    if (r.instrument !== this.firstInstrument || version !== this.firstVersion) {
      if (this.n === 1) {
        this.firstInstrument = r.instrument;
        this.firstVersion = version;
      }
      this.kinds.add(`${r.instrument}|${version}`);
    }
    this.roles[r.respondent.role ?? 'none'] += 1;
    // The respondent's own overall score, as `overallScore` computes it, without a scores object.
    let sum = 0;
    let count = 0;
    for (let i = 0; i < own.length; i++) {
      const score = own[i];
      this.tallies[i].add(score);
      if (typeof score === 'number') {
        sum += score;
        count += 1;
      }
    }
    this.own.add(count ? round2(sum / count) : null);
    const counts = this.answerCounts;
    for (let i = 0; i < slots.length; i++) if (slots[i] >= 0) counts[slots[i]] += 1;
  }

  /** The answer counts of the factor at `index` in model order. */
  private answersAt(index: number): AnswerCounts {
    return this.answerCounts.slice(index * 6, index * 6 + 6) as AnswerCounts;
  }

  result(): TalliedGroup {
    if (this.cached) return this.cached;
    if (this.kinds.size > 1) {
      // Quick next to full, or two versions of the wordings: `aggregateResponses` scores everyone
      // again from the statements all of them answered alike. Slower, and correct; rare.
      const answers = Object.fromEntries(this.model.factors.map((f, i) => [f.id, this.answersAt(i)]));
      this.cached = { ...aggregateResponses(this.model, this.responses), answers } as TalliedGroup;
      return this.cached;
    }
    const factors = idRecord<Summary | null>();
    const scores: Scores = idRecord();
    const answers = idRecord<AnswerCounts>();
    this.model.factors.forEach((f, i) => {
      const summary = this.tallies[i].summary();
      factors[f.id] = summary;
      scores[f.id] = summary ? summary.mean : null;
      answers[f.id] = this.answersAt(i);
    });
    this.cached = {
      respondents: this.n,
      factors,
      scores,
      overall: overallScore(scores),
      overallSpread: this.own.summary(),
      byRole: { ...this.roles },
      comparison: { partial: false, items: this.responses[0]?.answers.map((a) => a.item) ?? [] },
      answers,
    };
    return this.cached;
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
 * - Adding is O(factors + answers) and a result is cached per slice until that slice changes,
 *   so a refresh that brings one new response among 10,000 recomputes one round's figures only.
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
  private readonly byRound = new Map<string, { all: Slice; roles: Map<Role | 'none', Slice> }>();

  private readonly factorIds: readonly string[];
  /** Factor id → its place in model order. */
  private readonly factorIndex: ReadonlyMap<string, number>;
  /** The factor of each answer's place in the last response counted, and its place in model order (-1: none). */
  private readonly layout: string[] = [];
  private readonly layoutIndex: number[] = [];
  /** The response being counted: its factor scores in model order, and its answers' places in a slice's counts. */
  private readonly own: unknown[] = [];
  private readonly slots: number[] = [];

  constructor(readonly model: Model) {
    this.factorIds = model.factors.map((f) => f.id);
    this.factorIndex = new Map(this.factorIds.map((id, i) => [id, i]));
  }

  /** Counts a response; false (and nothing counted) when its id was counted before. */
  add(response: SeedsResponse): boolean {
    if (this.seen.has(response.id)) return false;
    this.seen.add(response.id);
    const key = roundOf(response);
    let round = this.byRound.get(key);
    if (!round) {
      round = { all: new Slice(this.model), roles: new Map() };
      this.byRound.set(key, round);
    }
    // Read once for the round and the role, into arrays kept from one response to the next (no
    // garbage, no closures: the first count of 10,000 runs mostly before the JIT has optimised it).
    const scores = response.scores;
    // A record without a prototype (as validation makes it) has nothing inherited to guard against.
    const bare = Object.getPrototypeOf(scores) === null;
    const ids = this.factorIds;
    const own = this.own;
    for (let i = 0; i < ids.length; i++) own[i] = bare ? scores[ids[i]] : ownValue(scores, ids[i]);
    const answers = response.answers;
    const slots = this.slots;
    slots.length = answers.length;
    for (let k = 0; k < answers.length; k++) {
      const a = answers[k];
      // Responses list their answers in the same order: the factor at this place last time is
      // checked first (one comparison), the Map asked only when it differs.
      let factor = this.layout[k] === a.factor ? this.layoutIndex[k] : undefined;
      if (factor === undefined) {
        factor = this.factorIndex.get(a.factor) ?? -1;
        this.layout[k] = a.factor;
        this.layoutIndex[k] = factor;
      }
      slots[k] = factor < 0 ? -1 : factor * 6 + (a.value === null ? 5 : a.value - 1);
    }
    round.all.add(response, own, slots);
    const role = response.respondent.role ?? 'none';
    let slice = round.roles.get(role);
    if (!slice) round.roles.set(role, (slice = new Slice(this.model)));
    slice.add(response, own, slots);
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
    return this.byRound.get(round)?.all.responses ?? [];
  }

  /** The instruments and versions answered in a round (`quick|2`): one only, and rounds compare as they are. */
  kindsOf(round: string): ReadonlySet<string> {
    return this.byRound.get(round)?.all.kinds ?? new Set();
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
