import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsGroup } from './group.js';

defineElement('seeds-group', SeedsGroup, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-group': SeedsGroup;
  }
}
