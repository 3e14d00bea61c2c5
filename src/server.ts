/**
 * The package in Node (the `node` condition of the entry points that register): the elements, with
 * both languages (and the validator of a host's model) loaded before the module resolves. In a browser they are files
 * loaded when needed; a server renders at once (@lit-labs/ssr runs no asynchronous update), so here
 * the import waits for them.
 */
import './components/seeds-of-innovation/define.js';
import './components/flower/define.js';
import { loadLanguage } from './content/language.js';
import { loadModelCheck } from './state/model-check.js';

export * from './index.js';

await Promise.all([loadLanguage('nl'), loadLanguage('en'), loadModelCheck()]);
