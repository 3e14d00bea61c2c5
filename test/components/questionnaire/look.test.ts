import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, deepQueryAll } from '../../support/dom.js';
import { describeChromium, emulateMedia } from '../../support/engines.js';
import { click, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

async function atStep(lang: 'nl' | 'en', width: number, steps: number): Promise<SeedsOfInnovation> {
  await setViewport({ width, height: 800 });
  const el = await fixture<SeedsOfInnovation>(
    html`<seeds-of-innovation lang=${lang} instrument="full" community=${unique('look')}></seeds-of-innovation>`,
  );
  await settle(el);
  await click(el, lang === 'nl' ? 'Beginnen' : 'Start');
  for (let i = 0; i < steps; i++) {
    for (const group of deepQueryAll<HTMLFieldSetElement>(el, 'fieldset[data-item]')) {
      group.querySelectorAll<HTMLInputElement>('input')[3].click();
    }
    await settle(el);
    await click(el, lang === 'nl' ? 'Volgende' : 'Next');
  }
  return el;
}

const options = (el: Element) => deepQueryAll<HTMLLabelElement>(el, 'fieldset[data-item] label.option');
/** Alpha of a computed background colour (0 = none). */
function alpha(color: string): number {
  const m = /\(([^)]+)\)/.exec(color.replace(/^color\(srgb /, '('));
  if (!m) return 0;
  const parts = m[1].split(/[ ,/]+/).filter(Boolean);
  return parts.length >= 4 ? Number(parts[3]) : 1;
}

// Chromium only: colours are read after their transition, not halfway, which needs reduced motion emulated.
describeChromium('<seeds-questionnaire> look', () => {
  // Colours are read after their transition, not halfway.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('makes the chosen answer unmistakable: tint, accent border and bolder label; hover is subtler', async () => {
    const el = await atStep('en', 1000, 1);
    const [first, second] = options(el);
    const before = getComputedStyle(first);
    const beforeBg = before.backgroundColor;
    const beforeBorder = before.borderTopColor;
    first.querySelector('input')!.click();
    await settle(el);
    const chosen = getComputedStyle(first);
    expect(chosen.backgroundColor).to.not.equal(beforeBg);
    expect(alpha(chosen.backgroundColor), chosen.backgroundColor).to.be.greaterThan(0);
    expect(chosen.borderTopColor).to.not.equal(beforeBorder);
    expect(Number(chosen.borderTopWidth.replace('px', ''))).to.be.at.least(2);
    expect(Number(chosen.fontWeight)).to.be.at.least(600);
    expect(Number(getComputedStyle(second).fontWeight)).to.be.below(600);
    // Hover the unchosen neighbour: some feedback, but less than the chosen one.
    const box = second.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    const hovered = getComputedStyle(second);
    expect(alpha(hovered.backgroundColor)).to.be.below(alpha(chosen.backgroundColor));
    expect(hovered.borderTopColor).to.not.equal(chosen.borderTopColor);
    expect(Number(hovered.fontWeight)).to.be.below(600);
  });

  it('sets the factor title above its statements: larger and bolder', async () => {
    const el = await atStep('nl', 1000, 1);
    const title = getComputedStyle(deepQuery(el, 'seeds-questionnaire')!.shadowRoot!.querySelector('h3')!);
    const statement = getComputedStyle(deepQuery(el, 'fieldset[data-item] legend')!);
    expect(parseFloat(title.fontSize)).to.be.greaterThan(parseFloat(statement.fontSize));
    expect(Number(title.fontWeight)).to.be.greaterThan(Number(statement.fontWeight));
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`keeps every statement inside its box and the longest step under 3,500 px on a phone (${lang})`, async () => {
      // Step 5 after the role question is "outcomes": four factors, twelve statements.
      const el = await atStep(lang, 320, 5);
      const sets = deepQueryAll<HTMLFieldSetElement>(el, 'fieldset[data-item]');
      expect(sets).to.have.length(12);
      for (const set of sets) {
        const frame = set.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(set).borderTopWidth);
        const legend = set.querySelector('legend')!.getBoundingClientRect();
        expect(legend.top, set.dataset.item).to.be.at.least(frame.top + border);
        expect(legend.left).to.be.at.least(frame.left + border);
        expect(legend.right).to.be.at.most(frame.right - border);
        for (const option of set.querySelectorAll('label.option')) {
          const o = option.getBoundingClientRect();
          expect(o.right, `${set.dataset.item} option`).to.be.at.most(frame.right - border + 0.5);
          expect(o.height).to.be.at.least(44);
        }
      }
      const form = deepQuery(el, 'seeds-questionnaire')!.getBoundingClientRect();
      expect(form.height).to.be.below(3500);
    });
  }
});
