import { idRecord, ownValue, round2 } from './checks.js';
import { aggregateResponses, type RoleCounts } from './aggregate.js';
import type { TalliedGroup } from './group-tally.js';
import type { Summary } from './stats.js';
import type { Model } from './model.js';
import type { SeedsResponse } from './response.js';
import { ROLES } from './roles.js';
import { overallScore, type Scores } from './scoring.js';
import { ScoreTally, type AnswerCounts } from './tally.js';
import { responseVersion } from './versions.js';

// One slice of a group's figures (a round's respondents of one role, or the round's roles added
// up), for GroupTally.

/**
 * The running figures of one set of respondents.
 *
 * Why the answer counts wait until asked for: only a factor's detail shows them, and reading 12
 * answers of each of 10,000 responses was a third of the time of counting them. Once asked for,
 * they are counted from the responses kept and then kept up to date one response at a time.
 */
export class Slice {
  n = 0;
  /** The responses counted, in the order added (for the answer counts and mixed rounds). */
  readonly responses: SeedsResponse[];
  /** Instrument and version of each response: more than one means the scores must be made comparable. */
  readonly kinds = new Set<string>();
  /** Per factor in model order, its scores. */
  private readonly tallies: ScoreTally[];
  /** Per factor in model order, six counts (see `AnswerCounts`): factor k's option j at 6k + j; null until asked for. */
  private answerCounts: number[] | null = null;
  /** For a merged slice: the slices it adds up (their answer counts are added when asked for). */
  private parts: readonly Slice[] = [];
  readonly own = new ScoreTally();
  private firstInstrument: string | null = null;
  private firstVersion = 0;
  readonly roles = Object.fromEntries([...ROLES, 'none'].map((k) => [k, 0])) as RoleCounts;
  private cached: TalliedGroup | null = null;
  private readonly ids: readonly string[];

  constructor(
    private readonly model: Model,
    responses: SeedsResponse[] = [],
  ) {
    this.responses = responses;
    this.ids = model.factors.map((f) => f.id);
    this.tallies = this.ids.map(() => new ScoreTally());
  }

  /**
   * The figures of several slices together (a round's, from its roles'), without counting their
   * responses again: counts, sums and tallies add up. `responses` are theirs, in the order added.
   */
  static merged(model: Model, parts: Iterable<Slice>, responses: SeedsResponse[]): Slice {
    const all = new Slice(model, responses);
    all.parts = [...parts];
    for (const part of all.parts) {
      all.n += part.n;
      part.kinds.forEach((kind) => all.kinds.add(kind));
      part.tallies.forEach((tally, i) => all.tallies[i].absorb(tally));
      all.own.absorb(part.own);
      for (const role of Object.keys(part.roles) as (keyof RoleCounts)[]) all.roles[role] += part.roles[role];
    }
    return all;
  }

  /** Counts a (validated) response. */
  add(r: SeedsResponse): void {
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
    const scores = r.scores;
    // A record without a prototype (as validation makes it) has nothing inherited to guard against.
    const bare = Object.getPrototypeOf(scores) === null;
    const ids = this.ids;
    // The respondent's own overall score, as `overallScore` computes it, without a scores object.
    let sum = 0;
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      const score = bare ? scores[ids[i]] : ownValue(scores, ids[i]);
      if (typeof score !== 'number') continue;
      this.tallies[i].add(score);
      sum += score;
      count += 1;
    }
    this.own.add(count ? round2(sum / count) : null);
    if (this.answerCounts) countAnswers(this.answerCounts, factorIndex(this.model), r);
  }

  /** The answer counts, all factors in a row (see `answerCounts`). */
  private answers(): readonly number[] {
    if (this.parts.length) {
      const sum = new Array<number>(this.ids.length * 6).fill(0);
      for (const part of this.parts) part.answers().forEach((c, i) => (sum[i] += c));
      return sum;
    }
    if (!this.answerCounts) {
      const counts = new Array<number>(this.ids.length * 6).fill(0);
      const index = factorIndex(this.model);
      for (const r of this.responses) countAnswers(counts, index, r);
      this.answerCounts = counts;
    }
    return this.answerCounts;
  }

  /** Per factor id, its answer counts: made when first read. */
  private answerRecord(): Record<string, AnswerCounts> {
    const all = this.answers();
    const record = idRecord<AnswerCounts>();
    this.ids.forEach((id, i) => (record[id] = all.slice(i * 6, i * 6 + 6) as AnswerCounts));
    return record;
  }

  result(): TalliedGroup {
    if (this.cached) return this.cached;
    if (this.kinds.size > 1) {
      // Quick next to full, or two versions of the wordings: `aggregateResponses` scores everyone
      // again from the statements all of them answered alike. Slower, and correct; rare.
      this.cached = withAnswers(aggregateResponses(this.model, this.responses), () => this.answerRecord());
      return this.cached;
    }
    const factors = idRecord<Summary | null>();
    const scores: Scores = idRecord();
    this.ids.forEach((id, i) => {
      const summary = this.tallies[i].summary();
      factors[id] = summary;
      scores[id] = summary ? summary.mean : null;
    });
    const figures = {
      respondents: this.n,
      factors,
      scores,
      overall: overallScore(scores),
      overallSpread: this.own.summary(),
      byRole: { ...this.roles },
      comparison: { partial: false, items: this.responses[0]?.answers.map((a) => a.item) ?? [] },
    };
    this.cached = withAnswers(figures, () => this.answerRecord());
    return this.cached;
  }
}

/** `figures` with an `answers` entry (enumerable, like the others) that `make`s them when first read. */
function withAnswers(figures: Omit<TalliedGroup, 'answers'>, make: () => Record<string, AnswerCounts>): TalliedGroup {
  let answers: Record<string, AnswerCounts> | null = null;
  return Object.defineProperty(figures, 'answers', {
    enumerable: true,
    get: () => (answers ??= make()),
  }) as TalliedGroup;
}

/** Adds `r`'s answers to `counts` (`index`: factor id → its place in model order; others are left out). */
function countAnswers(counts: number[], index: ReadonlyMap<string, number>, r: SeedsResponse): void {
  for (const a of r.answers) {
    const factor = index.get(a.factor);
    if (factor !== undefined) counts[factor * 6 + (a.value === null ? 5 : a.value - 1)] += 1;
  }
}

const indexes = new WeakMap<Model, ReadonlyMap<string, number>>();
/** Factor id → its place in model order, made once per model. */
function factorIndex(model: Model): ReadonlyMap<string, number> {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new Map(model.factors.map((f, i) => [f.id, i]))));
  return index;
}
