import { lazyFile } from '../../internal/lazy-file.js';

// The canvas painter behind `<seeds-flower>.toPNG()` (./png.ts) is a file of its own in the builds,
// loaded on the first PNG (issue 13). The CDN build puts this loader in its entry (rollup.config.js),
// whose `import()`s retry a file that failed under a new URL (scripts/rollup/retryable-imports.mjs):
// a browser keeps a failed module failed, so a later file's own `import()` could never succeed again.

/** Loads the PNG painter (once; a failed load is tried again on the next call). */
export const loadPng = lazyFile(() => import('./png.js')).load;
