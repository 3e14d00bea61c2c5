/**
 * The CDN build (`dist/cdn/seeds-of-innovation.js`): registers the elements for a plain
 * `<script type="module">` and exports the root element's class and the default model. It holds
 * what the first screen needs; the later views, `<seeds-flower>` and the flower's export load from
 * files beside it (`import()` relative to this file) when needed, and are fetched ahead in idle
 * time. The rest of the public API (model functions, types, `SeedsFlower`) comes with the npm
 * package (`seeds-of-innovation`), where a host's bundler keeps only what it uses.
 */
import './components/seeds-of-innovation/define.js';
import { defineFlowerLater } from './components/flower/define-later.js';

defineFlowerLater();

export { SeedsOfInnovation } from './components/seeds-of-innovation/seeds-of-innovation.js';
export { DEFAULT_MODEL } from './content/default-model.js';
export { loadLanguage } from './content/language.js';
