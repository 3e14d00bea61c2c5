import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsErrorEvent } from '../../../src/index.js';
import { click, mountWidget, settle, statementGroups } from '../../support/widget.js';
import { unique } from '../../support/data.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

// In a file of its own: deleting the database would take other tests' records with it.

const checkedIndex = (group: HTMLFieldSetElement) =>
  [...group.querySelectorAll<HTMLInputElement>('input')].findIndex((i) => i.checked);

/** `indexedDB.deleteDatabase` as a host page would call it; resolves when done, rejects when blocked. */
function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('seeds-of-innovation');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('deleteDatabase is blocked by an open connection'));
  });
}

describe('<seeds-of-innovation> when the host deletes the database', () => {
  it('lets go of it, says so, and keeps the answers given before and after', async () => {
    expectSeedsErrors('storage-reset');
    const community = unique('deleted');
    const el = await mountWidget({ lang: 'en', community });
    const codes: string[] = [];
    el.addEventListener('seeds-error', (e: SeedsErrorEvent) => codes.push(e.detail.code));
    await click(el, 'Start');
    await click(el, 'Next');
    statementGroups(el)[0].querySelectorAll<HTMLInputElement>('input')[1].click();
    await settle(el);

    await deleteDatabase();
    expect(codes).to.include('storage-reset');

    statementGroups(el)[1].querySelectorAll<HTMLInputElement>('input')[4].click();
    await settle(el);
    el.remove();

    const again = await mountWidget({ lang: 'en', community });
    expect(statementGroups(again).map(checkedIndex)).to.deep.equal([1, 4]);
  });
});
