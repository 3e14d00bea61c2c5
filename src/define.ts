/**
 * Registers the elements: `<seeds-of-innovation>` (with its questionnaire) and `<seeds-flower>` at
 * once; the root's later views and the texts of a language come from files of their own when they
 * are needed (`import()`, so a host's bundler splits them off as well). The only module with side
 * effects; registering twice is harmless. (The CDN entry registers `<seeds-flower>` later, see
 * src/cdn.ts: there every byte before the first question counts.)
 */
import './components/seeds-of-innovation/define.js';
import './components/flower/define.js';

export * from './index.js';
