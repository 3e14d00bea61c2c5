import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsHistory } from './history.js';

defineElement('seeds-history', SeedsHistory, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-history': SeedsHistory;
  }
}
