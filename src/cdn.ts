/**
 * The CDN build (`dist/cdn/seeds-of-innovation.js`): registers the elements for a plain
 * `<script type="module">` and exports the element classes and the default model. The rest of the
 * public API (model functions, types) comes with the npm package (`seeds-of-innovation`), where a
 * host's bundler keeps only what it uses; here every export would be bytes each participant loads.
 */
import './components/flower/define.js';
import './components/questionnaire/define.js';
import './components/agenda/define.js';
import './components/results/define.js';
import './components/history/define.js';
import './components/group/define.js';
import './components/seeds-of-innovation/define.js';

export { SeedsFlower } from './components/flower/flower.js';
export { SeedsOfInnovation } from './components/seeds-of-innovation/seeds-of-innovation.js';
export { DEFAULT_MODEL } from './content/default-model.js';
