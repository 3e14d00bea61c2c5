import { lazyFile } from '../internal/lazy-file.js';

// The validator of a host's own model (the `model` property; 3 KB minified) is needed only when a
// host sets one: the CDN build makes it a file of its own (`model-check-…js`, issue 13). The root's
// first screen and `<seeds-flower>` wait for it only then; the Node entry (src/server.ts) loads it
// before rendering.

const check = lazyFile(() => import('./host-model.js'));

/** The validator (with `resolveModel`, ./host-model.ts) once its file is loaded, else null. */
export const modelCheck = check.current;

/** Loads the validator (once; a failed load is tried again on the next call). */
export const loadModelCheck = check.load;
