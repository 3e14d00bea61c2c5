import { DEFAULT_MODEL } from '../../content/default-model.js';
import type { SeedsErrorCode } from '../../events/seeds-error.js';
import type { Model, ModelInput } from '../../model/model.js';
import { loadModelCheck, modelCheck } from '../../state/model-check.js';
import { checkRespondents, checkScores, checkSpread, type FlowerScores, type FlowerSpread } from './inputs.js';

/** The flower's inputs as the host set them. */
export interface RawFlowerInputs {
  readonly model: ModelInput;
  readonly scores: unknown;
  readonly compare: unknown;
  readonly spread: unknown;
  readonly respondents: unknown;
}

type InputName = keyof RawFlowerInputs;

/**
 * The flower's inputs as drawn: each one checked when it changes (a bad entry is drawn as not
 * assessed and reported once through `fail`), all of them again when the model changes, since a
 * new model can make a factor id valid or unknown.
 */
export class FlowerInputs {
  model: Model = DEFAULT_MODEL;
  scores: FlowerScores = {};
  compare: FlowerScores | null = null;
  spread: FlowerSpread | null = null;
  respondents: number | null = null;

  constructor(private readonly fail: (code: SeedsErrorCode, name: string, errors: readonly string[]) => void) {}

  /**
   * Whether `model` can be checked now: the built-in one always, a host's own once its validator
   * is loaded (./model-check.ts, a file of its own in the CDN build); `load` loads it.
   */
  static ready(model: ModelInput): boolean {
    return model === DEFAULT_MODEL || modelCheck() !== null;
  }

  static load(): Promise<unknown> {
    return loadModelCheck();
  }

  /** Checks what changed; returns whether the model did (the layout then changes too). */
  update(raw: RawFlowerInputs, changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    const modelChanged = changed.has('model');
    const has = (name: InputName) => modelChanged || changed.has(name);
    if (modelChanged) {
      // The flower updates only once the validator is there (`FlowerInputs.ready`).
      const checked = raw.model === DEFAULT_MODEL ? null : modelCheck()!.validateModel(raw.model);
      this.model = checked?.ok ? checked.value : DEFAULT_MODEL;
      if (checked && !checked.ok) this.fail('invalid-model', 'model', checked.errors);
    }
    const ids = this.model.factors.map((f) => f.id);
    if (has('scores')) {
      const checked = checkScores(raw.scores, ids, 'scores');
      this.scores = checked.value;
      this.fail('invalid-scores', 'scores', checked.errors);
    }
    if (has('compare')) {
      const checked = checkScores(raw.compare, ids, 'compare');
      this.compare = raw.compare == null ? null : checked.value;
      this.fail('invalid-scores', 'compare', checked.errors);
    }
    if (has('spread')) {
      const checked = checkSpread(raw.spread, ids, 'spread');
      this.spread = raw.spread == null ? null : checked.value;
      this.fail('invalid-scores', 'spread', checked.errors);
    }
    if (changed.has('respondents')) {
      const checked = checkRespondents(raw.respondents);
      this.respondents = checked.value;
      this.fail('invalid-scores', 'respondents', checked.errors);
    }
    return modelChanged;
  }
}
