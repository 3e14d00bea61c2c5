// The validator of a host's own model (the `model` property; 3 KB minified) is needed only when a
// host sets one: the CDN build makes it a file of its own (`model-check-…js`, issue 13). The root's
// first screen and `<seeds-flower>` wait for it only then; the Node entry (src/server.ts) loads it
// before rendering.

type ModelCheck = typeof import('../model/validate-model.js');

let loaded: ModelCheck | null = null;
let loading: Promise<ModelCheck> | null = null;

/** The validator once its file is loaded, else null. */
export function modelCheck(): ModelCheck | null {
  return loaded;
}

/** Loads the validator (once; a failed load is tried again on the next call). */
export function loadModelCheck(): Promise<ModelCheck> {
  loading ??= import('../model/validate-model.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
