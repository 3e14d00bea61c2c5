import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/flower/define.js';
import type { SeedsFlower } from '../../../src/components/flower/flower.js';
import { knownBreaks } from '../../../src/components/flower/hyphenation.js';
import { layoutFlower } from '../../../src/components/flower/layout.js';
import { canvasMeasure } from '../../../src/components/flower/measure.js';
import { petalLabels } from '../../../src/components/flower/view.js';
import { DEFAULT_MODEL } from '../../../src/content/default-model.js';
import '../../support/languages.js';
import { emulateMedia, itChromium } from '../../support/engines.js';

const IDS = DEFAULT_MODEL.factors.map((f) => f.id);
const SCORES = Object.fromEntries(IDS.map((id, i) => [id, (i * 45) % 101]));

async function sized(width: number, lang = 'en', scores: object = SCORES): Promise<SeedsFlower> {
  await setViewport({ width: Math.max(width + 40, 400), height: 900 });
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><seeds-flower lang=${lang} .scores=${scores}></seeds-flower></div>`,
  );
  const el = wrapper.querySelector('seeds-flower')!;
  await el.updateComplete;
  // The resize observer applies the measured width in the next frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const $$ = (el: SeedsFlower, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGElement>(selector)];

/**
 * Every hyphen that the wrapping added must sit at a break the word list gives for the whole word:
 * "Systee-minnovatie" fails, "Systeem-innovatie" passes. A word may run over several lines.
 */
function badBreaks(lines: readonly string[]): string[] {
  const bad: string[] = [];
  let carry: { text: string; at: number[] } | null = null;
  lines.forEach((line, i) => {
    const tokens = line.split(' ');
    tokens.forEach((token, j) => {
      let text = token;
      let at: number[] = [];
      if (j === 0 && carry) {
        text = carry.text + token;
        at = carry.at;
        carry = null;
      }
      if (j === tokens.length - 1 && token.endsWith('-') && i < lines.length - 1) {
        carry = { text: text.slice(0, -1), at: [...at, text.length - 1] };
        return;
      }
      if (at.length === 0) return;
      const lead = /^\P{L}*/u.exec(text)![0].length;
      const letters = text.slice(lead).replace(/\P{L}+$/u, '');
      const allowed = knownBreaks().get(letters.toLowerCase()) ?? [];
      for (const point of at) {
        if (!allowed.includes(point - lead)) bad.push(`${text.slice(0, point)}-|${text.slice(point)}`);
      }
    });
  });
  return bad;
}

describe('<seeds-flower> as a chart', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const lang of ['nl', 'en'] as const) {
    it(`never hyphenates a factor label wrongly, at any width (${lang})`, async () => {
      const measure = canvasMeasure(getComputedStyle(document.body).fontFamily);
      const labels = petalLabels(DEFAULT_MODEL, lang);
      let hyphenated = 0;
      for (let width = 200; width <= 1280; width += 8) {
        const layout = layoutFlower({
          width,
          groups: DEFAULT_MODEL.factors.map((f) => f.group),
          ids: IDS,
          labels,
          measure,
        });
        for (const box of layout.labels) {
          expect(badBreaks(box.lines), `${width}px: ${box.lines.join(' / ')}`).to.deep.equal([]);
          if (box.lines.some((l) => l.endsWith('-'))) hyphenated++;
        }
      }
      // The check above must have had something to check.
      if (lang === 'nl') expect(hyphenated).to.be.greaterThan(0);
    });
  }

  it('finds a wrong break when there is one (the checker itself)', () => {
    expect(badBreaks(['12. Systee-', 'minnovatie'])).to.deep.equal(['Systee-|minnovatie']);
    expect(badBreaks(['12. Systeem-', 'innovatie'])).to.deep.equal([]);
    expect(badBreaks(['4. Concur-', 'rentiege-', 'voeligheid'])).to.deep.equal([]);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`below 480 px puts numbers on the rim and a legend with colour, number, name and score (${lang})`, async () => {
      const el = await sized(360, lang, { ...SCORES, reputation: 0, 'long-term-support': null });
      const rim = $$(el, 'text.label').map((t) => t.textContent!.trim());
      expect(rim).to.deep.equal(IDS.map((_, i) => String(i + 1)));
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="legend"] li')];
      expect(items).to.have.length(12);
      const labels = petalLabels(DEFAULT_MODEL, lang);
      items.forEach((li, i) => {
        expect(li.dataset.legend).to.equal(IDS[i]);
        expect(li.querySelector('.name')!.textContent!.trim()).to.equal(labels[i]);
        const swatch = getComputedStyle(li.querySelector('.swatch')!).backgroundColor;
        const group = DEFAULT_MODEL.factors[i].group;
        const fill = getComputedStyle(el.shadowRoot!.querySelector(`path.group-arc[data-group="${group}"]`)!).fill;
        expect(swatch).to.equal(fill);
      });
      expect(items[7].querySelector('.score')!.textContent!.trim()).to.equal('0');
      expect(items[8].querySelector('.score [aria-hidden]')!.textContent).to.equal('–');
      expect(items[0].querySelector('.score')!.textContent!.trim()).to.equal(String(SCORES[IDS[0]]));
      // The flower uses the width: the full ring spans most of it.
      const ring = el.shadowRoot!.querySelector('.ring--full')!.getBoundingClientRect();
      expect(ring.width).to.be.greaterThan(360 * 0.7);
      await expect(el).to.be.accessible();
    });
  }

  it('shows names on the rim and no legend at 480 px and wider', async () => {
    const el = await sized(520, 'en');
    expect(el.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
    expect($$(el, 'text.label')[4].textContent).to.contain('Shared');
  });

  it('labels the rings once: 25, 50 and 75', async () => {
    const el = await sized(600);
    expect($$(el, 'text.ring-label').map((t) => t.textContent!.trim())).to.deep.equal(['25', '50', '75']);
    const radii = $$(el, 'circle.ring').map((c) => Number(c.getAttribute('r')));
    $$(el, 'text.ring-label').forEach((t, i) => expect(-Number(t.getAttribute('y'))).to.be.closeTo(radii[i], 0.01));
  });

  it('draws a score of 0 as a visible stub and "not assessed" as an empty outline marked –', async () => {
    const el = await sized(600, 'en', { ...SCORES, reputation: 0, 'long-term-support': null });
    const zero = el.shadowRoot!.querySelector<SVGPathElement>('path.petal[data-factor="reputation"]')!;
    const box = zero.getBBox();
    expect(Math.max(box.width, box.height)).to.be.at.least(2.5);
    expect(zero.classList.contains('petal--null')).to.equal(false);
    expect(getComputedStyle(zero).fill).to.not.equal('none');
    const na = el.shadowRoot!.querySelector<SVGPathElement>('path.petal[data-factor="long-term-support"]')!;
    expect(na.classList.contains('petal--null')).to.equal(true);
    expect(getComputedStyle(na).fill).to.equal('none');
    expect($$(el, '[data-na]').map((m) => [m.dataset.na, m.textContent])).to.deep.equal([['long-term-support', '–']]);
    // Each score can be read: the tooltip of a focused petal gives it.
    el.shadowRoot!.querySelector<SVGElement>('[data-target="reputation"]')!.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('Score: 0 out of 100');
  });

  itChromium('prints no control: neither the table toggle nor the petal buttons', async () => {
    const el = await sized(600);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="toggle"]')!).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="targets"]')!).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="svg"]')!).display).to.not.equal('none');
  });
});
