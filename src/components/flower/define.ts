import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsFlower } from './flower.js';

defineElement('seeds-flower', SeedsFlower, VERSION);

export { SeedsFlower };

declare global {
  interface HTMLElementTagNameMap {
    'seeds-flower': SeedsFlower;
  }
}
