import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { click, settle, statementGroups } from '../../support/widget.js';
import { rawGet, rawSet, unique } from '../../support/data.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';
import { draftRecord, mountWatched, otherTab } from '../../support/other-tab.js';

// The test page plays the other tab (test/support/other-tab.ts): it holds the lock and writes storage.

const heading = (el: Element) => deepQuery(el, 'h2')?.textContent?.trim();
const checkedIndex = (group: HTMLFieldSetElement) =>
  [...group.querySelectorAll<HTMLInputElement>('input')].findIndex((i) => i.checked);

describe('<seeds-of-innovation> with its questionnaire open in another tab', () => {
  it('says so calmly, lets nothing be answered or finished, and takes over when the other tab closes', async () => {
    expectSeedsErrors('draft-open-elsewhere');
    const community = unique('elsewhere');
    const first = draftRecord(community, 2);
    await rawSet(first.key, first.record);
    const tab = await otherTab(community);
    const {
      widgets: [el],
      errors,
    } = await mountWatched(community);

    expect(heading(el)).to.equal('Open in another tab');
    expect(deepQuery(el, '[part="elsewhere"]')!.textContent).to.contain('Continue there');
    expect(errors.map((e) => e.code)).to.deep.equal(['draft-open-elsewhere']);
    expect(deepQueryAll(el, 'seeds-questionnaire, input[type="radio"]')).to.have.length(0);
    expect(deepQueryAll(el, 'button').map((b) => b.textContent!.trim())).to.not.include.members(['Finish', 'Start']);
    await expect(el).to.be.accessible();

    // The other tab answers on, then closes.
    const later = {
      ...first.record,
      answers: { 'commitment.1': 5, 'qualities-roles.1': 4 },
      updatedAt: new Date().toISOString(),
    };
    await rawSet(first.key, later);
    tab.release();
    await until(() => deepQuery(el, 'seeds-questionnaire'), 'the questionnaire to come back');
    await settle(el);
    expect(heading(el)).to.equal('People');
    expect(statementGroups(el).map(checkedIndex)).to.deep.equal([4, 3]); // the other tab's last answers
    expect(await rawGet(first.key)).to.deep.equal(later);

    statementGroups(el)[1].querySelectorAll<HTMLInputElement>('input')[0].click();
    await settle(el);
    expect(((await rawGet(first.key)) as typeof later).answers).to.deep.equal({
      'commitment.1': 5,
      'qualities-roles.1': 1,
    });
    expect(errors).to.have.length(1);
  });

  it('writes nothing while the other tab has the draft', async () => {
    expectSeedsErrors('draft-open-elsewhere');
    const community = unique('elsewhere-write');
    const first = draftRecord(community, 3);
    await rawSet(first.key, first.record);
    const tab = await otherTab(community);
    const {
      widgets: [el],
    } = await mountWatched(community);
    el.setAttribute('instrument', 'full'); // would change the draft's instrument if it were this tab's
    await settle(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await el.saved();
    expect(await rawGet(first.key)).to.deep.equal(first.record);
    tab.release();
  });

  it('two widgets of one community on one page share the draft and the lock', async () => {
    const community = unique('two-here');
    const {
      widgets: [a, b],
      errors,
    } = await mountWatched(community, 2);
    expect(errors).to.deep.equal([]);
    await click(a, 'Start');
    await click(a, 'Next');
    statementGroups(a)[0].querySelectorAll<HTMLInputElement>('input')[3].click();
    await settle(a);
    await settle(b);
    // Same page, same store: b shows a's draft at a's step and can go on with it (one response id).
    expect(heading(b)).to.equal('People');
    expect(statementGroups(b).map(checkedIndex)).to.deep.equal([3, -1]);
    statementGroups(b)[1].querySelectorAll<HTMLInputElement>('input')[1].click();
    await settle(b);
    await settle(a);
    expect(statementGroups(a).map(checkedIndex)).to.deep.equal([3, 1]);
  });

  it('two widgets of one community both wait while another tab has it, and both take over', async () => {
    expectSeedsErrors('draft-open-elsewhere');
    const community = unique('two-wait');
    const tab = await otherTab(community);
    const { widgets, errors } = await mountWatched(community, 2);
    expect(widgets.map(heading)).to.deep.equal(['Open in another tab', 'Open in another tab']);
    expect(errors.map((e) => e.code)).to.deep.equal(['draft-open-elsewhere', 'draft-open-elsewhere']);
    tab.release();
    for (const el of widgets) {
      await until(() => deepQuery(el, 'seeds-questionnaire'), 'the questionnaire to come back');
      await settle(el);
      expect(heading(el)).to.equal('How is your learning community doing?');
    }
  });

  it('without Web Locks, works as before (every tab edits)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')!;
    Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    try {
      const community = unique('no-locks');
      const {
        widgets: [el],
        errors,
      } = await mountWatched(community);
      expect(errors).to.deep.equal([]);
      await click(el, 'Start');
      expect(heading(el)).to.equal('About you');
    } finally {
      Object.defineProperty(Navigator.prototype, 'locks', descriptor);
    }
  });
});

describe('<seeds-of-innovation> and the namespaces it does not name', () => {
  it('takes the draft lock of its own community only, never that of the "default" namespace', async () => {
    // A stray lock on "default" would tell a widget without a community in another tab that its
    // questionnaire is open elsewhere, for as long as this one takes to start.
    const community = unique('own-lock');
    const names: string[] = [];
    const locks = navigator.locks;
    const request = locks.request;
    locks.request = function (this: LockManager, name: string, ...rest: unknown[]) {
      names.push(name);
      return (request as (...args: unknown[]) => Promise<unknown>).call(this, name, ...rest);
    } as LockManager['request'];
    try {
      const el = await fixture<SeedsOfInnovation>(
        html`<seeds-of-innovation lang="en" community=${community}></seeds-of-innovation>`,
      );
      await settle(el);
      await until(() => names.some((name) => name.includes(community)), 'the lock of its own community');
    } finally {
      delete (locks as Partial<LockManager>).request;
    }
    expect(names.filter((name) => !name.includes(community))).to.deep.equal([]);
  });
});
