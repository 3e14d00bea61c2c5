/**
 * `import 'seeds-of-innovation/vue'` registers the elements (as `seeds-of-innovation/define` does)
 * and types them in Vue templates (`GlobalComponents`, read by vue-tsc and the Vue language tools):
 * attributes and properties with the elements' own types, `@seeds-*` handlers with each event's
 * detail. The types come from the custom elements manifest (dist/vue-elements.d.ts, generated at build).
 * Vue still needs `isCustomElement` in its compiler options to leave the tags to the browser.
 */
export * from '../dist/define.js';
export type { CustomElements as VueCustomElements } from '../dist/vue-elements.js';
