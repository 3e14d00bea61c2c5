export * from './emit.js';
export * from './seeds-answer.js';
export * from './seeds-complete.js';
export * from './seeds-delivered.js';
export * from './seeds-delivery-error.js';
export * from './seeds-error.js';
export * from './seeds-factor-select.js';
export * from './seeds-submit.js';
