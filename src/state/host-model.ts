import { DEFAULT_MODEL } from '../content/default-model.js';
import { describeError, summarize } from '../model/checks.js';
import type { Model } from '../model/model.js';
import { validateModel } from '../model/validate-model.js';
import type { Resolved } from './config.js';

// A host's own model (the `model` property) and its validator: a file of its own in the CDN build
// (`model-check-…js`, loaded by ./model-check.ts only when a host sets one, issue 13).

export { validateModel };

/**
 * A host-supplied model, validated; the built-in one, with the problem to report, when it is
 * invalid or cannot be read.
 */
export function resolveModel(input: unknown): Resolved<Model> {
  let result: ReturnType<typeof validateModel>;
  try {
    result = validateModel(input);
  } catch (error) {
    return {
      value: DEFAULT_MODEL,
      error: {
        code: 'invalid-model',
        message: `Reading the model property failed (${describeError(error)}); the built-in model is used.`,
      },
    };
  }
  if (result.ok) return { value: result.value };
  return {
    value: DEFAULT_MODEL,
    error: {
      code: 'invalid-model',
      message: `The model property is invalid, so the built-in model is used: ${summarize(result.errors)}`,
    },
  };
}
