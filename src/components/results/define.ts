import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsResults } from './results.js';

defineElement('seeds-results', SeedsResults, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-results': SeedsResults;
  }
}
