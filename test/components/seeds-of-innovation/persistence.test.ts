import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsErrorEvent, SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, deepQueryAll, nextTask, until } from '../../support/dom.js';
import { click, mountWidget, settle, statementGroups } from '../../support/widget.js';
import { unique } from '../../support/data.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const heading = (el: Element) => deepQuery(el, 'h2')?.textContent?.trim();
const checkedIndex = (group: HTMLFieldSetElement) =>
  [...group.querySelectorAll<HTMLInputElement>('input')].findIndex((i) => i.checked);

describe('<seeds-of-innovation> keeps answers', () => {
  it('resumes after a reload at the same step with the same answers', async () => {
    const community = unique('reload');
    const first = await mountWidget({ lang: 'en', community });
    await click(first, 'Start');
    await click(first, 'Next');
    statementGroups(first)[0].querySelectorAll<HTMLInputElement>('input')[4].click();
    statementGroups(first)[1].querySelectorAll<HTMLInputElement>('input')[5].click();
    await settle(first);
    await click(first, 'Next');
    expect(heading(first)).to.equal('Process');
    await first.saved();
    first.remove();

    const second = await mountWidget({ lang: 'en', community });
    expect(heading(second)).to.equal('Process');
    await click(second, 'Back');
    expect(heading(second)).to.equal('People');
    expect(statementGroups(second).map(checkedIndex)).to.deep.equal([4, 5]);
  });

  it('keeps "Prefer not to say" after a reload, apart from "not answered"', async () => {
    const community = unique('role');
    const first = await mountWidget({ lang: 'en', community });
    await click(first, 'Start');
    const roleInputs = (el: Element) => deepQueryAll<HTMLInputElement>(el, 'input[name="role"]');
    expect(roleInputs(first).some((i) => i.checked)).to.equal(false);
    roleInputs(first).at(-1)!.click(); // "Prefer not to say"
    await settle(first);
    first.remove();

    const second = await mountWidget({ lang: 'en', community });
    const checked = roleInputs(second).filter((i) => i.checked);
    expect(checked).to.have.length(1);
    expect(checked[0].closest('label')!.textContent!.trim()).to.equal('Prefer not to say');
  });

  /** The two ways a page learns it may be gone next: it is left, or hidden (then killed on mobile). */
  const leaving: [string, () => void][] = [
    ['pagehide', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
    [
      'visibilitychange to hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        delete (document as unknown as { visibilityState?: unknown }).visibilityState;
      },
    ],
  ];
  for (const [event, leave] of leaving) {
    it(`on ${event}, writes a waiting answer at once instead of behind a slow earlier write`, async () => {
      const community = unique('pagehide');
      const el = await mountWidget({ lang: 'en', community });
      await click(el, 'Start');
      await click(el, 'Next');
      // Hold the object store with a transaction of our own, so the widget's first write is stuck in
      // IndexedDB and its next write waits in the widget's queue, as on a slow disk.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('seeds-of-innovation');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const blocker = db.transaction('records', 'readwrite');
      let holding = true;
      const spin = (): unknown => (blocker.objectStore('records').get('spin').onsuccess = () => holding && spin());
      spin();
      const released = new Promise((resolve) => (blocker.oncomplete = resolve));
      const transaction = IDBDatabase.prototype.transaction;
      let writes = 0;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        if (args[1] === 'readwrite') writes++;
        return transaction.apply(this, args);
      } as IDBDatabase['transaction'];
      try {
        statementGroups(el)[0].querySelectorAll<HTMLInputElement>('input')[0].click();
        await until(() => writes === 1, 'the first write to reach IndexedDB and wait there');
        statementGroups(el)[1].querySelectorAll<HTMLInputElement>('input')[3].click();
        leave();
        // The page would be gone after this task: the second answer's write must exist by the next one.
        await nextTask();
        expect(writes).to.equal(2);
      } finally {
        IDBDatabase.prototype.transaction = transaction;
        holding = false;
        await released;
        db.close();
      }
      await el.saved();
      el.remove();
      const again = await mountWidget({ lang: 'en', community });
      expect(statementGroups(again).map(checkedIndex)).to.deep.equal([0, 3]);
    });
  }

  it('keeps two communities on one page apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <seeds-of-innovation lang="en" community=${unique('a')}></seeds-of-innovation>
        <seeds-of-innovation lang="en" community=${unique('b')}></seeds-of-innovation>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('seeds-of-innovation')] as SeedsOfInnovation[];
    await settle(a);
    await settle(b);
    await until(() => deepQuery(a, 'seeds-questionnaire') && deepQuery(b, 'seeds-questionnaire'));
    await click(a, 'Start');
    await click(a, 'Next');
    statementGroups(a)[0].querySelectorAll<HTMLInputElement>('input')[2].click();
    await settle(a);
    await a.saved();
    await b.saved();
    expect(buttonTexts(b)).to.include('Start');
    await click(b, 'Start');
    await click(b, 'Next');
    expect(statementGroups(b).map(checkedIndex)).to.deep.equal([-1, -1]);
  });

  it('keeps two widgets of one community on a page in step, so neither overwrites the other', async () => {
    const community = unique('same');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <seeds-of-innovation lang="en" community=${community}></seeds-of-innovation>
        <seeds-of-innovation lang="en" community=${community}></seeds-of-innovation>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('seeds-of-innovation')] as SeedsOfInnovation[];
    await settle(a);
    await settle(b);
    await click(a, 'Start');
    await click(a, 'Next');
    statementGroups(a)[0].querySelectorAll<HTMLInputElement>('input')[1].click();
    await settle(a);
    await settle(b);
    expect(heading(b)).to.equal('People');
    statementGroups(b)[1].querySelectorAll<HTMLInputElement>('input')[3].click();
    await settle(b);
    await settle(a);
    expect(statementGroups(a).map(checkedIndex)).to.deep.equal([1, 3]);
    await a.saved();
    await b.saved();
    wrapper.remove();
    const again = await mountWidget({ lang: 'en', community });
    expect(statementGroups(again).map(checkedIndex)).to.deep.equal([1, 3]);
  });

  it('works in memory, says so calmly and reports when IndexedDB is unavailable', async () => {
    expectSeedsErrors('storage-unavailable');
    const original = indexedDB.open;
    const errors: SeedsErrorEvent[] = [];
    const listener = (e: Event) => errors.push(e as SeedsErrorEvent);
    document.addEventListener('seeds-error', listener);
    indexedDB.open = () => {
      throw new DOMException('blocked by test', 'SecurityError');
    };
    try {
      const el = await mountWidget({ lang: 'en', community: unique('no-idb') });
      await until(() => deepQuery(el, '[part="notice"]'), 'the storage notice');
      expect(deepQuery(el, '[part="notice"]')!.textContent).to.contain('cannot be kept in this browser');
      expect(errors.map((e) => e.detail.code)).to.include('storage-unavailable');
      await click(el, 'Start');
      await click(el, 'Next');
      statementGroups(el)[0].querySelectorAll<HTMLInputElement>('input')[1].click();
      await settle(el);
      await click(el, 'Back');
      await click(el, 'Next');
      expect(checkedIndex(statementGroups(el)[0])).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      indexedDB.open = original;
      document.removeEventListener('seeds-error', listener);
    }
  });

  it('deletes my data on this device after confirmation', async () => {
    const community = unique('delete');
    const el = await mountWidget({ lang: 'en', community });
    await click(el, 'Start');
    await click(el, 'Next');
    statementGroups(el)[0].querySelectorAll<HTMLInputElement>('input')[1].click();
    await settle(el);
    await click(el, 'Delete my data on this device');
    expect(deepQuery(el, '.confirm')!.textContent).to.contain('Are you sure?');
    await click(el, 'Yes, delete');
    await until(
      () => deepQueryAll(el, '[role="status"]').some((s) => s.textContent!.includes('has been deleted')),
      'the deleted message',
    );
    expect(heading(el)).to.equal('How is your learning community doing?');
    el.remove();
    const again = await mountWidget({ lang: 'en', community });
    expect(buttonTexts(again)).to.include('Start');
  });
});

function buttonTexts(el: Element): string[] {
  return deepQueryAll(el, 'button').map((b) => b.textContent!.trim());
}
