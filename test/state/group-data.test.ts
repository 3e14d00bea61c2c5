import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { GroupTally } from '../../src/model/group-tally.js';
import { GroupData } from '../../src/state/group-data.js';
import { groupResponse } from '../support/group.js';

let counted = 0;
const add = GroupTally.prototype.add;

/** A GroupData whose every check of the clock says the slice is over, and that records what was visible at each yield. */
function sliced() {
  let t = 0;
  const seen: number[] = [];
  /** Responses counted (in any tally) by each yield: counting happens inside the slices too. */
  const countedAtYield: number[] = [];
  counted = 0;
  const data: GroupData = new GroupData(DEFAULT_MODEL, {
    budget: 8,
    now: () => (t += 10),
    yieldTo: async () => {
      seen.push(data.tally.size);
      countedAtYield.push(counted);
    },
  });
  return { data, seen, countedAtYield };
}

describe('GroupData', () => {
  before(() => {
    GroupTally.prototype.add = function (this: GroupTally, r) {
      counted += 1;
      return add.call(this, r);
    };
  });
  after(() => (GroupTally.prototype.add = add));

  it('counts a first list inside the slices and shows it in one step at the end', async () => {
    const { data, seen, countedAtYield } = sliced();
    const list = Array.from({ length: 200 }, (_, i) => groupResponse(((i % 5) + 1) as 1 | 2 | 3 | 4 | 5));
    expect(await data.load(list)).to.equal(true);
    expect(seen.length, 'it yielded between slices').to.equal(3); // after 64, 128 and 192
    expect(seen, 'never half a group on view').to.deep.equal([0, 0, 0]);
    expect(countedAtYield, 'counted slice by slice, not in one block at the end').to.deep.equal([64, 128, 192]);
    expect(data.tally.size).to.equal(200);
    expect(data.tally.result('')!.respondents).to.equal(200);
  });

  it('adds a new response to the counted ones, and counts again when one disappeared', async () => {
    const { data, seen } = sliced();
    const list = Array.from({ length: 100 }, () => groupResponse(4));
    await data.load(list);
    const counted = data.tally;
    const more = groupResponse(1);
    expect(await data.load([...list, more])).to.equal(true);
    expect(data.tally, 'the same tally, one more').to.equal(counted);
    expect(data.tally.size).to.equal(101);
    seen.length = 0;
    expect(await data.load(list.slice(1))).to.equal(true);
    expect(data.tally).to.not.equal(counted);
    expect(data.tally.size).to.equal(99);
    expect(
      seen.every((n) => n === 101),
      'the old figures stay on view while counting again',
    ).to.equal(true);
    expect(await data.load(list.slice(1)), 'an unchanged list changes nothing').to.equal(false);
  });

  it('counts again when an entry under a counted id changed, not for the same objects or an equal copy', async () => {
    const { data } = sliced();
    const list = Array.from({ length: 10 }, () => groupResponse(4));
    await data.load(list);
    const counted = data.tally;
    expect(await data.load([...list]), 'the very same entries').to.equal(false);
    expect(await data.load(JSON.parse(JSON.stringify(list))), 'an equal copy, as a new read brings').to.equal(false);
    expect(data.tally, 'nothing counted again').to.equal(counted);

    // The first response answered 1 everywhere now, under the same id.
    const changed = { ...groupResponse(1), id: list[0].id };
    expect(await data.load([changed, ...list.slice(1)])).to.equal(true);
    expect(data.tally).to.not.equal(counted);
    expect(data.tally.size).to.equal(10);
    const fresh = new GroupTally(DEFAULT_MODEL);
    [changed, ...list.slice(1)].forEach((r) => fresh.add(r));
    expect(data.tally.result('')!.scores).to.deep.equal(fresh.result('')!.scores);
    expect(data.tally.result('')!.scores.commitment).to.equal(67.5); // (0 + 9 · 75) / 10

    // A change of role alone is a change too (the breakdown by role counts it).
    const moved = { ...changed, respondent: { role: 'business' as const } };
    expect(await data.load([moved, ...list.slice(1)])).to.equal(true);
    expect(data.tally.result('', 'business')!.respondents).to.equal(1);
  });

  it('skips unreadable entries and names the first of them', async () => {
    const { data } = sliced();
    await data.load([groupResponse(4), { id: 'x' }, 'garbage', groupResponse(2)]);
    expect(data.tally.size).to.equal(2);
    expect(data.skipped).to.equal(2);
    expect(data.errors[0]).to.match(/^\[1\]: /);
  });
});
