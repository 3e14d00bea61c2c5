/** The public surface; importing it registers nothing (import `seeds-of-innovation/define` for that). */
export { SeedsOfInnovation } from './components/seeds-of-innovation/seeds-of-innovation.js';
export { DEFAULT_MODEL } from './content/default-model.js';
export type * from './events/index.js';
export * from './model/index.js';
