import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { recordKey } from '../../../src/services/storage-keys.js';
import { deepQuery } from '../../support/dom.js';
import { rawGet, rawSet, unique } from '../../support/data.js';
import { groupResponse, groupRoot, mountGroup, taken } from '../../support/group.js';
import { settle } from '../../support/widget.js';

// Low reputation in both rounds, so it is on the group agenda from the start.
const ROUNDS = [
  ...[1, 2, 3].map(() => groupResponse({ reputation: 1 }, { round: 'kick-off' })),
  ...[1, 2, 3].map(() => groupResponse({ reputation: 2 }, { round: 'spring' })),
];

type Group = HTMLElement & { agendaSaved(): Promise<void> };
const groupEl = (el: Element) => deepQuery<Group>(el, 'seeds-group')!;
const agendaRoot = (el: Element) => deepQuery(groupRoot(el), 'seeds-agenda')!.shadowRoot!;
const what = (el: Element) => agendaRoot(el).querySelector<HTMLInputElement>('input[name="reputation-what"]')!;

async function open(community: string, attrs: Record<string, string> = {}): Promise<SeedsOfInnovation> {
  const { el } = await mountGroup({ community, ...attrs });
  el.results = ROUNDS;
  await taken(el);
  await groupEl(el).agendaSaved();
  await settle(el);
  return el;
}

async function type(el: SeedsOfInnovation, text: string): Promise<void> {
  const input = what(el);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
  await groupEl(el).agendaSaved();
}

async function chooseRound(el: SeedsOfInnovation, round: string): Promise<void> {
  const select = groupRoot(el).querySelector<HTMLSelectElement>('select[data-select="round"]')!;
  select.value = round;
  select.dispatchEvent(new Event('change'));
  await settle(el);
  await groupEl(el).agendaSaved();
  await settle(el);
}

describe('<seeds-of-innovation view="group"> group agenda', () => {
  it('is kept across a reload, per community and per round', async () => {
    const community = unique('group-agenda');
    const first = await open(community);
    expect(what(first).value, 'a fresh agenda').to.equal('');
    await type(first, 'Invite the press to the field day');
    await chooseRound(first, 'kick-off');
    expect(what(first).value, 'another round has its own agenda').to.equal('');
    await type(first, 'Agree on what we share in public');
    first.remove();

    const second = await open(community);
    expect(what(second).value, 'the latest round, as left').to.equal('Invite the press to the field day');
    await chooseRound(second, 'kick-off');
    expect(what(second).value).to.equal('Agree on what we share in public');
    await expect(second).to.be.accessible();
    second.remove();

    const other = await open(unique('group-agenda-other'));
    expect(what(other).value, 'another community starts empty').to.equal('');
    expect(
      await rawGet(recordKey(community, 'group-agenda', 'r-spring')),
      'stored under the namespace and round',
    ).to.deep.include({ version: 1, round: 'spring' });
  });

  it('follows storage-key, and an unreadable stored agenda is left alone and replaced by a fresh one', async () => {
    const key = unique('group-agenda-key');
    await rawSet(recordKey(key, 'group-agenda', 'r-spring'), { version: 1, round: 'spring', agenda: 'garbage' });
    const el = await open(unique('c'), { 'storage-key': key });
    expect(what(el).value).to.equal('');
    expect(agendaRoot(el).querySelector('input[type="checkbox"]:checked') !== null, 'pre-filled').to.equal(true);
  });
});
