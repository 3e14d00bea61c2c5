/**
 * Registers the elements: `<seeds-of-innovation>` (with its questionnaire) at once, and
 * `<seeds-flower>` and the later views from files of their own when they are needed (`import()`, so
 * a host's bundler splits them off as well). The only module with side effects; registering twice
 * is harmless.
 */
import './components/seeds-of-innovation/define.js';
import { defineFlowerLater } from './components/flower/define-later.js';

defineFlowerLater();

export * from './index.js';
