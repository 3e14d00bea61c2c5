import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsOfInnovation } from './seeds-of-innovation.js';

defineElement('seeds-of-innovation', SeedsOfInnovation, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-of-innovation': SeedsOfInnovation;
  }
}
