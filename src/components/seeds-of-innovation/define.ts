import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsOfInnovation } from './seeds-of-innovation.js';
// The first screen: registered with the root; the later views load when needed (./parts.ts).
import '../questionnaire/define.js';

defineElement('seeds-of-innovation', SeedsOfInnovation, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-of-innovation': SeedsOfInnovation;
  }
}
