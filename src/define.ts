/**
 * Registers the elements: `<seeds-of-innovation>` and `<seeds-flower>` (public) and the internal
 * views they are made of. The only module with side effects; registering twice is harmless.
 */
import './components/flower/define.js';
import './components/questionnaire/define.js';
import './components/agenda/define.js';
import './components/results/define.js';
import './components/history/define.js';
import './components/group/define.js';
import './components/seeds-of-innovation/define.js';

export * from './index.js';
