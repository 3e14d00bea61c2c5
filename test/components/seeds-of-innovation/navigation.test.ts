import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsErrorEvent } from '../../../src/index.js';
import { deepActiveElement, deepQuery, deepQueryAll, until } from '../../support/dom.js';
import {
  buttonNamed,
  click,
  completeQuestionnaire,
  mountWidget,
  settle,
  statementGroups,
} from '../../support/widget.js';
import { unique } from '../../support/data.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const heading = (el: Element) => deepQuery(el, 'h2')?.textContent?.trim();
const buttonTexts = (el: Element) => deepQueryAll(el, 'button').map((b) => b.textContent!.trim());
const checkedIndex = (group: HTMLFieldSetElement) =>
  [...group.querySelectorAll<HTMLInputElement>('input')].findIndex((i) => i.checked);

describe('<seeds-of-innovation> navigation', () => {
  it('never offers to throw away a questionnaire in progress', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('nav') });
    expect(buttonTexts(el)).to.not.include('Start a new measurement');
    await click(el, 'Start');
    expect(buttonTexts(el)).to.not.include('Start a new measurement');
    await click(el, 'Back');
    await completeQuestionnaire(el, 2);
    await click(el, 'Start a new measurement');
    expect(heading(el)).to.equal('How is your learning community doing?');
  });

  it('keeps `view` in step with what is shown, so the host can navigate', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('view') });
    await completeQuestionnaire(el, 3);
    expect(el.view).to.equal('results');
    expect(el.getAttribute('view')).to.equal('results');
    el.setAttribute('view', 'questionnaire');
    await settle(el);
    expect(heading(el)).to.equal('How is your learning community doing?');
    el.view = 'history';
    await settle(el);
    expect(deepQuery(el, 'seeds-history')).to.exist;
  });

  it('keeps answers when the instrument changes', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('instr') });
    await click(el, 'Start');
    await click(el, 'Next');
    statementGroups(el)[0].querySelectorAll<HTMLInputElement>('input')[4].click();
    await settle(el);
    el.instrument = 'full';
    await settle(el);
    expect(statementGroups(el)).to.have.length(6);
    expect(checkedIndex(statementGroups(el)[0])).to.equal(4);
    el.instrument = 'quick';
    await settle(el);
    expect(checkedIndex(statementGroups(el)[0])).to.equal(4);
  });

  it('returns focus to the delete button when the participant keeps their data', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('focus') });
    await click(el, 'Start'); // something stored: the "your data" section appears
    await click(el, 'Delete my data on this device');
    await click(el, 'No, keep');
    await until(() => deepActiveElement()?.textContent?.trim() === 'Delete my data on this device', 'focus on delete');
    expect(buttonNamed(el, 'Delete my data on this device').getAttribute('aria-expanded')).to.equal('false');
  });

  it('forgets the previous community on screen when `community` changes', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('a') });
    await completeQuestionnaire(el, 3);
    expect(deepQuery(el, 'seeds-results')).to.exist;
    el.setAttribute('community', unique('b'));
    el.setAttribute('view', 'results');
    await settle(el);
    // The results view's empty screen: no flower of the other community's response.
    expect(deepQuery(el, 'seeds-flower') === null, 'no flower').to.equal(true);
    expect(deepQuery(el, '#results-heading')?.textContent).to.equal('No flower yet');
  });

  it('says that answers will not be kept when storage fails during the session', async () => {
    expectSeedsErrors('storage-quota');
    const el = await mountWidget({ lang: 'en', community: unique('quota') });
    expect(deepQuery(el, '[part="notice"]')).to.equal(null);
    const errors: string[] = [];
    el.addEventListener('seeds-error', (e: SeedsErrorEvent) => errors.push(e.detail.code));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    try {
      await click(el, 'Start');
      await until(() => deepQuery(el, '[part="notice"]'), 'the notice');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(errors).to.include('storage-quota');
    expect(deepQuery(el, '[part="notice"]')!.textContent).to.contain('cannot be kept');
    // the questionnaire carries on in memory
    await click(el, 'Next');
    expect(heading(el)).to.equal('People');
  });
});
