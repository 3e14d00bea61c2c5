import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { DEFAULT_MODEL } from '../../../src/content/default-model.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { questionItems } from '../../../src/model/model.js';
import { buildResponse } from '../../../src/model/build-response.js';
import type { SeedsResponse } from '../../../src/model/response.js';
import { randomId } from '../../../src/services/uuid.js';
import { deepQuery } from '../../support/dom.js';
import { groupResponse, groupRoot, mountGroup, taken } from '../../support/group.js';
import { settle } from '../../support/widget.js';

/** A full response: each factor's first (quick) statement `first`, its two others `rest`. */
function fullResponse(first: 1 | 2 | 3 | 4 | 5, rest: 1 | 2 | 3 | 4 | 5, round: string): SeedsResponse {
  const answers = Object.fromEntries(
    questionItems(DEFAULT_MODEL, 'full').map((item) => [item.id, item.id.endsWith('.1') ? first : rest]),
  );
  const response = buildResponse({
    id: randomId(),
    model: DEFAULT_MODEL,
    instrument: 'full',
    locale: 'en',
    community: 'greenport',
    role: null,
    answers,
    startedAt: new Date('2026-01-10T09:00:00.000Z'),
    completedAt: new Date('2026-01-10T09:09:00.000Z'),
  });
  return { ...response, round };
}

const change = (el: Element, id: string) =>
  groupRoot(el).querySelector(`[data-change="${id}"]`)!.textContent!.replace(/\s+/g, '');
const ghost = (el: Element) => deepQuery(groupRoot(el), 'seeds-flower')!.shadowRoot!.querySelectorAll('[data-ghost]');

async function compareWith(el: SeedsOfInnovation, round: string): Promise<void> {
  const select = groupRoot(el).querySelector<HTMLSelectElement>('select[data-select="compare"]')!;
  select.value = round;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

describe('<seeds-of-innovation view="group"> rounds of different instruments', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`compares a quick round with a full one on the quick statements only, and says so (${lang})`, async () => {
      // Kick-off, full: quick statement "disagree" (25), the two others "strongly agree": own score 75.
      // Spring, quick: "neutral" (50). On the shared (quick) statements that is +25, not 50 − 75 = −25.
      const { el } = await mountGroup({ lang });
      el.results = [
        ...[1, 2, 3].map(() => fullResponse(2, 5, 'kick-off')),
        ...[1, 2, 3].map(() => groupResponse(3, { round: 'spring' })),
      ];
      await taken(el);
      await compareWith(el, 'kick-off');
      expect(change(el, 'commitment')).to.equal('+25');
      expect(change(el, 'system-innovation')).to.equal('+25');
      const note = groupRoot(el).querySelector('[data-partial="rounds"]')!.textContent!;
      expect(note).to.contain(lang === 'en' ? 'count only the 12 statements' : 'alleen de 12 stellingen');
      expect(note).to.contain(lang === 'en' ? 'partial' : 'gedeeltelijk');
      expect(ghost(el)).to.have.length(12);
      // The round's own flower keeps its own figures.
      const petal = deepQuery(groupRoot(el), 'seeds-flower')!.shadowRoot!.querySelector(
        '[data-factor="commitment"][data-score]',
      )!;
      expect(petal.getAttribute('data-score')).to.equal('50');
      await expect(el).to.be.accessible();
    });
  }

  it('rounds of the same instrument compare as they are, without a note', async () => {
    const { el } = await mountGroup({});
    el.results = [
      ...[1, 2, 3].map(() => fullResponse(2, 5, 'kick-off')),
      ...[1, 2, 3].map(() => fullResponse(3, 3, 'spring')),
    ];
    await taken(el);
    await compareWith(el, 'kick-off');
    expect(change(el, 'commitment')).to.equal('-25');
    expect(groupRoot(el).querySelector('[data-partial="rounds"]') === null).to.equal(true);
  });
});
