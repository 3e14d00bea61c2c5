import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { modelEn } from '../../../src/content/en/model.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, until } from '../../support/dom.js';
import { emulateMedia, itChromium } from '../../support/engines.js';
import { groupResponse, groupRoot, mountGroup, taken } from '../../support/group.js';
import { settle } from '../../support/widget.js';

// Printing the poster view gives the A3 poster (print emulation: Chromium only).

const MM = 96 / 25.4;

/** Clicks a poster print button with window.print replaced, so no dialog opens; resolves when it was called. */
async function printPoster(el: SeedsOfInnovation, which: 'empty' | 'filled'): Promise<void> {
  let printed = 0;
  const print = window.print;
  window.print = () => void (printed += 1);
  try {
    groupRoot(el).querySelector<HTMLButtonElement>(`button[data-poster="${which}"][data-how="print"]`)!.click();
    await until(() => printed === 1, 'window.print');
  } finally {
    window.print = print;
  }
  await settle(el);
}

/** The ring labels of the poster (its small texts with only a number). */
const rings = (poster: Element) =>
  [...poster.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter((t) => /^\d+$/.test(t));

/** Petals of the poster's flower that carry a score. */
const scored = (poster: Element) =>
  [...poster.querySelectorAll('[data-factor][data-score]')].filter((p) => /^\d/.test(p.getAttribute('data-score')!))
    .length;

const visible = (el: Element, selector: string) =>
  [...groupRoot(el).querySelectorAll<HTMLElement>(selector)].filter((e) => e.checkVisibility()).length;

describe('<seeds-of-innovation view="group"> poster print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  itChromium(
    'prints the filled A3 poster alone: rings, the twelve one-line descriptions, the group flower',
    async () => {
      const { el } = await mountGroup({});
      el.results = [groupResponse(4), groupResponse(2), groupResponse(5)];
      await taken(el);
      await printPoster(el, 'filled');
      await emulateMedia({ media: 'print' });
      const poster = groupRoot(el).querySelector<HTMLElement>('.poster-print[data-poster-print="filled"]')!;
      expect(poster.checkVisibility(), 'the poster prints').to.equal(true);
      const box = poster.getBoundingClientRect();
      expect(Math.round(box.width / MM), 'width in mm').to.equal(297);
      expect(Math.round(box.height / MM), 'height in mm').to.equal(420);
      const text = poster.textContent!.replace(/\s+/g, ' ');
      for (const f of Object.values(modelEn.factors)) expect(text).to.contain(f.title);
      expect(text).to.contain('We form a mix of qualities and roles');
      expect(rings(poster), 'the 0–100 rings, labelled').to.include.members(['0', '25', '50', '75', '100']);
      expect(poster.querySelectorAll('circle').length).to.be.at.least(4);
      expect(scored(poster), 'the petals filled in').to.equal(12);
      // Nothing else of the view is printed.
      expect(visible(el, 'h2, .discuss, table, seeds-flower, seeds-agenda, .live')).to.equal(0);
      await emulateMedia({ media: 'screen' });
      expect(poster.checkVisibility(), 'never on screen').to.equal(false);
      await expect(el).to.be.accessible();
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(groupRoot(el).querySelector('.poster-print') === null, 'gone after printing').to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(visible(el, 'seeds-flower'), 'the view prints as itself again').to.equal(1);
    },
  );

  itChromium('prints the empty poster before anyone answered, in Dutch', async () => {
    const { el } = await mountGroup({ lang: 'nl' });
    el.results = [];
    await taken(el);
    expect(groupRoot(el).querySelector('button[data-poster="filled"]') === null, 'no filled poster yet').to.equal(true);
    await printPoster(el, 'empty');
    await emulateMedia({ media: 'print' });
    const poster = groupRoot(el).querySelector<HTMLElement>('.poster-print[data-poster-print="empty"]')!;
    expect(poster.checkVisibility()).to.equal(true);
    expect(poster.textContent).to.contain('Plak per factor een sticker');
    expect(rings(poster)).to.include.members(['0', '25', '50', '75', '100']);
    expect(scored(poster), 'no petal filled').to.equal(0);
    expect(visible(el, '.empty, h2, .poster')).to.equal(0);
    expect(deepQuery(el, 'seeds-group') !== null).to.equal(true);
  });
});
