import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsAgenda } from './agenda.js';

defineElement('seeds-agenda', SeedsAgenda, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-agenda': SeedsAgenda;
  }
}
