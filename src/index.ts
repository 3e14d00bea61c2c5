/** The public surface; importing it registers nothing (import `seeds-of-innovation/define` for that). */
export { SeedsFlower } from './components/flower/flower.js';
export { SeedsOfInnovation } from './components/seeds-of-innovation/seeds-of-innovation.js';
export type { Consent, View } from './components/seeds-of-innovation/types.js';
export type { FlowerScores, FlowerSpread, Spread } from './components/flower/flower.js';
export { DEFAULT_MODEL, FACTOR_IDS, type FactorId } from './content/default-model.js';
/** Loads a language's texts (DEFAULT_MODEL's among them); the elements load the language they show themselves. */
export { loadLanguage } from './content/language.js';
export type * from './events/index.js';
export * from './model/index.js';
export type { RequestInitHook } from './services/delivery.js';
export type { DeliveryState, DeliveryStatus } from './services/outbox.js';
