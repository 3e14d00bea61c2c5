import { defineElement } from '../../internal/define.js';
import { VERSION } from '../../internal/version.js';
import { SeedsQuestionnaire } from './questionnaire.js';

defineElement('seeds-questionnaire', SeedsQuestionnaire, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'seeds-questionnaire': SeedsQuestionnaire;
  }
}
