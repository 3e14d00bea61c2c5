import { GroupTally } from '../model/group-tally.js';
import type { Model } from '../model/model.js';
import type { SeedsResponse } from '../model/response.js';
import { clip } from '../model/checks.js';
import { sameResponse } from '../model/same-response.js';
import type { ValidationResult } from '../model/validation.js';
import { loadRecordChecks } from '../services/checks-file.js';

/** How many problems a report names; the rest are counted. */
const MAX_ERRORS = 5;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A response counted, and the entry of the list it was read from. */
interface Counted {
  readonly raw: unknown;
  readonly value: SeedsResponse;
}
const idOf = (v: unknown) => (isObject(v) && typeof v.id === 'string' ? v.id : null);

/** Gives the browser a moment to paint and handle input between two slices of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** Longest slice of validation before yielding, in ms. Default 8 (half a frame). */
  readonly budget?: number;
  readonly now?: () => number;
  readonly yieldTo?: () => Promise<void>;
}

/**
 * A group's responses as the group view holds them: validated once, tallied once, without
 * blocking the page.
 *
 * Why incremental: a source is read every few seconds during a meeting. Responses already counted
 * (same id) are not validated again, so a refresh that brings one new response among 10,000 costs
 * one validation. When the list no longer holds every counted id (a response was deleted on
 * request), or an entry under a counted id differs from the one counted (the collector refuses a
 * changed body, 409, but a host's `results` may change one), everything is counted again. An entry
 * that is the very object counted before is not compared.
 *
 * Why in slices: validating 10,000 responses takes longer than a frame. It runs in slices of
 * `budget` ms with a yield in between, and the figures change in one step at the end, so the page
 * stays responsive and never shows half a group. Work is queued: lists are taken in order.
 */
export class GroupData {
  tally: GroupTally;
  /** Unreadable entries in the list, left out. */
  skipped = 0;
  /** The first few problems found among the skipped entries (for `seeds-error`), each naming its index. */
  errors: string[] = [];
  /** Grows with every change, so a view can tell that there is something new to draw. */
  version = 0;
  /** Whether a list is being taken in. */
  busy = false;
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  /** Per id counted: the entry it was read from, and what was counted (to tell a changed entry). */
  private counted = new Map<string, Counted>();

  constructor(
    readonly model: Model,
    private readonly options: SliceOptions = {},
  ) {
    this.tally = new GroupTally(model);
  }

  /** Takes in a whole list (unvalidated). Resolves true when the figures changed; a later `load` supersedes it. */
  load(list: readonly unknown[]): Promise<boolean> {
    const generation = ++this.generation;
    return this.enqueue(async () => {
      if (generation !== this.generation) return false;
      let known = 0;
      let edited = false;
      for (const item of list) {
        const id = idOf(item);
        if (id === null || !this.tally.has(id)) continue;
        known += 1;
        // The entry counted itself is unchanged; another one under its id is compared with it.
        const was = this.counted.get(id);
        if (!edited && was && was.raw !== item) edited = !sameResponse(item, was.value);
      }
      // A response gone (deleted on request) or changed (a host's `results`): everything is counted again.
      const rebuild = known < this.tally.size || edited;
      const fresh = rebuild ? list : list.filter((item) => !this.tally.has(idOf(item) ?? ''));
      // A first read or a recount builds a new tally inside the slices (10,000 responses take longer
      // than a frame to count too) and takes its place at the end; a few new ones join the live one.
      const into = rebuild || this.tally.size === 0 ? new GroupTally(this.model) : null;
      const checked = await this.validate(fresh, generation, into);
      if (!checked) return false;
      const tally = into ?? this.tally;
      const counted = into ? checked.counted : this.counted;
      let added = checked.added;
      for (const taken of checked.valid) {
        if (!tally.add(taken.value)) continue;
        added += 1;
        counted.set(taken.value.id, taken);
      }
      const changed = added > 0 || rebuild || checked.skipped !== this.skipped;
      this.tally = tally;
      this.counted = counted;
      this.skipped = checked.skipped;
      this.errors = checked.errors;
      if (changed) this.version += 1;
      return changed;
    });
  }

  /** Takes in entries added at the end of the last list (see `SourcePoller`). Resolves true when the figures changed. */
  append(entries: readonly unknown[]): Promise<boolean> {
    const generation = this.generation;
    return this.enqueue(async () => {
      const checked = await this.validate(entries, generation);
      if (!checked) return false;
      let added = 0;
      for (const taken of checked.valid) {
        if (!this.tally.add(taken.value)) continue;
        added += 1;
        this.counted.set(taken.value.id, taken);
      }
      this.skipped += checked.skipped;
      this.errors = [...this.errors, ...checked.errors].slice(0, MAX_ERRORS);
      const changed = added > 0 || checked.skipped > 0;
      if (changed) this.version += 1;
      return changed;
    });
  }

  private enqueue(work: () => Promise<boolean>): Promise<boolean> {
    const run = this.queue.then(async () => {
      this.busy = true;
      try {
        return await work();
      } finally {
        this.busy = false;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Validates in slices; null when a newer `load` made this work pointless. With `into`, each valid
   * response is counted there at once (so counting is sliced too) instead of returned in `valid`.
   */
  private async validate(
    items: readonly unknown[],
    generation: number,
    into: GroupTally | null = null,
  ): Promise<{
    valid: Counted[];
    added: number;
    counted: Map<string, Counted>;
    skipped: number;
    errors: string[];
  } | null> {
    // The response validator is in the CDN build's `checks` file, which the group view loads with it.
    const { validateResponse } = await loadRecordChecks();
    const now = this.options.now ?? (() => performance.now());
    const budget = this.options.budget ?? 8;
    const valid: Counted[] = [];
    const counted = new Map<string, Counted>();
    let added = 0;
    let skipped = 0;
    const errors: string[] = [];
    let start = now();
    for (let i = 0; i < items.length; i++) {
      let result: ValidationResult<SeedsResponse>;
      try {
        result = validateResponse(items[i], this.model);
      } catch (error) {
        // A getter or Proxy in the host's data that throws: that entry is unreadable, nothing more.
        result = {
          ok: false,
          errors: [`reading it failed (${error instanceof Error ? error.message : String(error)})`],
        };
      }
      if (result.ok) {
        const taken = { raw: items[i], value: result.value };
        if (!into) valid.push(taken);
        else if (into.add(result.value)) {
          added += 1;
          counted.set(result.value.id, taken);
        }
      } else {
        skipped += 1;
        if (errors.length < MAX_ERRORS) errors.push(`[${i}]: ${clip(result.errors[0], 200)}`);
      }
      if (i % 64 === 63 && now() - start > budget) {
        await (this.options.yieldTo ?? yieldToMain)();
        if (generation !== this.generation) return null;
        start = now();
      }
    }
    return { valid, added, counted, skipped, errors };
  }
}
