import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import { emulateMedia, itChromium } from '../../support/engines.js';
import '../../../src/components/flower/define.js';
import type { SeedsFlower } from '../../../src/components/flower/flower.js';
import { DEFAULT_MODEL } from '../../../src/content/default-model.js';
import { deepActiveElement, until } from '../../support/dom.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';
// A host model made of DEFAULT_MODEL's factors is validated with their texts in both languages.
import '../../support/languages.js';

const IDS = DEFAULT_MODEL.factors.map((f) => f.id);
/** A distinct score per factor, not in petal order: 0, 45, 90, 35, … */
const SCORES = Object.fromEntries(IDS.map((id, i) => [id, (i * 45) % 101]));

async function flower(template = html`<seeds-flower .scores=${SCORES}></seeds-flower>`): Promise<SeedsFlower> {
  const el = await fixture<SeedsFlower>(template);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = SVGElement>(el: SeedsFlower, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T;
const $$ = <T extends Element = SVGElement>(el: SeedsFlower, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const petal = (el: SeedsFlower, id: string) => $<SVGPathElement>(el, `svg[role="img"] [data-factor="${id}"]`);
const target = (el: SeedsFlower, id: string) => $<SVGPathElement>(el, `[data-target="${id}"]`);

/** Ends every running animation: what is left is the final geometry. */
function settle(el: SeedsFlower): void {
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
}

/** Farthest point of a rendered path from the flower's centre, in user units. */
function reach(path: SVGPathElement): number {
  let max = 0;
  const length = path.getTotalLength();
  for (let i = 0; i <= 120; i++) {
    const p = path.getPointAtLength((length * i) / 120);
    max = Math.max(max, Math.hypot(p.x, p.y));
  }
  return max;
}

/** Viewport coordinates of the middle of a petal's button. */
function centreOf(path: SVGGraphicsElement): [number, number] {
  const box = path.getBBox();
  const point = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(path.getScreenCTM()!);
  return [Math.round(point.x), Math.round(point.y)];
}

describe('<seeds-flower>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  it('is accessible in a light page', async () => {
    const el = await flower(
      html`<seeds-flower
        .scores=${{ ...SCORES, together: null }}
        .compare=${SCORES}
        .spread=${{ commitment: { min: 0, q1: 20, median: 40, q3: 60, max: 80 } }}
        respondents="9"
      ></seeds-flower>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in a dark page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark; background: #121212; color: #eeeeee">
        <seeds-flower .scores=${{ ...SCORES, together: null }} respondents="9"></seeds-flower>
      </div>`,
    );
    const el = wrapper.querySelector('seeds-flower')!;
    await el.updateComplete;
    await expect(wrapper).to.be.accessible();
    // The palette switches with the page: the people petal is the light variant.
    expect(getComputedStyle(petal(el, 'commitment')).fill).to.not.equal('rgb(0, 114, 178)');
  });

  it("draws twelve petals in the model's order, each with data-factor and data-score as given", async () => {
    const el = await flower();
    const petals = $$(el, 'svg[role="img"] [data-factor]');
    expect(petals.map((p) => p.dataset.factor)).to.deep.equal(IDS);
    expect(petals.map((p) => Number(p.dataset.score))).to.deep.equal(IDS.map((id) => SCORES[id]));
  });

  it("grows a petal's outer radius strictly with its score on a fixed 0–100 scale", async () => {
    const el = await flower();
    settle(el);
    // 0 is drawn as a stub at the rim of the heart, as long as a 1 (rounded to the same 0.01): not compared.
    const byScore = [...IDS].filter((id) => SCORES[id] > 0).sort((a, b) => SCORES[a] - SCORES[b]);
    const radii = byScore.map((id) => reach(petal(el, id)));
    radii.forEach((r, i) => i > 0 && expect(r, byScore[i]).to.be.greaterThan(radii[i - 1]));

    // The scale is fixed: halving every score does not stretch the flower back to full length.
    const full = reach($<SVGPathElement>(el, '.outline'));
    el.scores = Object.fromEntries(IDS.map((id) => [id, 50]));
    await el.updateComplete;
    settle(el);
    const half = reach(petal(el, 'commitment'));
    expect(half).to.be.lessThan(full * 0.8);
    expect(half).to.be.greaterThan(full * 0.4);
  });

  it('draws a null score as a dashed empty outline, never as zero', async () => {
    const el = await flower(
      html`<seeds-flower .scores=${{ ...SCORES, together: null, commitment: 0 }}></seeds-flower>`,
    );
    const none = petal(el, 'together');
    expect(none.dataset.score).to.equal('null');
    expect(none.classList.contains('petal--null')).to.equal(true);
    const style = getComputedStyle(none);
    expect(style.fill).to.equal('none');
    expect(style.strokeDasharray).to.not.equal('none');
    expect($$(el, '.petal:not(.petal--null)').map((p) => p.dataset.factor)).to.not.include('together');
    // Zero is a filled petal of no length; null is the empty full-length outline.
    expect(getComputedStyle(petal(el, 'commitment')).fill).to.not.equal('none');
    expect(target(el, 'together').getAttribute('aria-label')).to.match(/niet beoordeeld$/);
    expect($(el, 'tr[data-row="together"]').textContent).to.contain('niet beoordeeld');
  });

  it('draws earlier scores as ghost outlines and shows the change in the tooltip and the table', async () => {
    const el = await flower(
      html`<seeds-flower
        lang="en"
        .scores=${{ ...SCORES, 'shared-vision': 70 }}
        .compare=${{ 'shared-vision': 50 }}
      ></seeds-flower>`,
    );
    settle(el);
    expect($$(el, '.ghost').map((g) => g.dataset.ghost)).to.deep.equal(['shared-vision']);
    expect(reach($(el, '.ghost[data-ghost="shared-vision"]'))).to.be.lessThan(reach(petal(el, 'shared-vision')));
    expect($(el, 'tr[data-row="shared-vision"]').textContent).to.contain('+20 (earlier 50)');
    target(el, 'shared-vision').focus();
    await el.updateComplete;
    const tooltip = $<HTMLElement>(el, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('Change: +20 (earlier 50)');
  });

  it('draws a spread as a band with a median tick, without whiskers unless asked, and lists it', async () => {
    const spread = { reputation: { min: 10, q1: 30, median: 45, q3: 60, max: 90 } };
    const calm = await flower(html`<seeds-flower lang="en" .scores=${SCORES} .spread=${spread}></seeds-flower>`);
    settle(calm);
    expect($(calm, '[data-spread="reputation"] .band')).to.exist;
    expect($(calm, '[data-spread="reputation"] .median')).to.exist;
    expect($$(calm, '.whisker')).to.have.length(0);
    const el = await flower(html`<seeds-flower lang="en" whiskers .scores=${SCORES} .spread=${spread}></seeds-flower>`);
    settle(el);
    const box = $(el, '[data-spread="reputation"]');
    expect(box).to.exist;
    expect($$(el, '[data-spread]')).to.have.length(1);
    const whisker = box.querySelector<SVGPathElement>('.whisker')!;
    const band = box.querySelector<SVGPathElement>('.band')!;
    expect(reach(whisker)).to.be.greaterThan(reach(band));
    expect($(el, 'tr[data-row="reputation"]').textContent).to.contain('10–90; middle half 30–60; median 45');
  });

  it('rejects bad scores with seeds-error, draws the rest and never throws', async () => {
    expectSeedsErrors('invalid-scores');
    const el = await flower();
    const cases: unknown[] = [
      { ...SCORES, commitment: 120 },
      { ...SCORES, commitment: -1 },
      { ...SCORES, 'not-a-factor': 50 },
      { ...SCORES, commitment: '50' },
      { ...SCORES, commitment: Number.NaN },
      [50, 60],
      'high',
      42,
    ];
    for (const bad of cases) {
      const error = oneEvent(el, 'seeds-error');
      expect(() => {
        el.scores = bad as SeedsFlower['scores'];
      }).to.not.throw();
      const event = await error;
      expect(event.detail.code).to.equal('invalid-scores');
      expect(event.detail.message).to.be.a('string').and.not.empty;
      await el.updateComplete;
      expect($$(el, 'svg[role="img"] [data-factor]')).to.have.length(12);
    }
    el.scores = { ...SCORES, commitment: 120 };
    await el.updateComplete;
    expect(petal(el, 'commitment').dataset.score).to.equal('null');
    expect(petal(el, 'together').dataset.score).to.equal(String(SCORES.together));
  });

  it('rejects a bad compare, spread or respondents with seeds-error', async () => {
    expectSeedsErrors('invalid-scores');
    const el = await flower();
    for (const [key, value] of [
      ['compare', { commitment: 101 }],
      ['spread', { commitment: { min: 50, q1: 40, median: 45, q3: 60, max: 70 } }],
      ['respondents', -3],
    ] as const) {
      const error = oneEvent(el, 'seeds-error');
      (el as unknown as Record<string, unknown>)[key] = value;
      expect((await error).detail.code).to.equal('invalid-scores');
    }
  });

  it('reads scores from a JSON attribute and reports bad JSON with seeds-error', async () => {
    expectSeedsErrors('invalid-scores');
    const el = await flower(html`<seeds-flower scores='{"commitment": 80, "together": null}'></seeds-flower>`);
    expect(petal(el, 'commitment').dataset.score).to.equal('80');
    expect(petal(el, 'together').dataset.score).to.equal('null');

    const bad = document.createElement('seeds-flower');
    const errors: CustomEvent[] = [];
    bad.addEventListener('seeds-error', (e) => errors.push(e));
    bad.setAttribute('scores', '{"commitment": 80,');
    document.body.append(bad);
    await bad.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.code).to.equal('invalid-scores');
    expect(bad.shadowRoot!.querySelectorAll('[data-factor]')).to.have.length(12);
    bad.remove();
  });

  it("draws a host model's factors and falls back to the default model when it is invalid", async () => {
    expectSeedsErrors('invalid-model');
    const model = { factors: DEFAULT_MODEL.factors.slice(0, 4) };
    const el = await flower(html`<seeds-flower .model=${model} .scores=${{ commitment: 40 }}></seeds-flower>`);
    expect($$(el, 'svg[role="img"] [data-factor]').map((p) => p.dataset.factor)).to.deep.equal(IDS.slice(0, 4));
    const error = oneEvent(el, 'seeds-error');
    el.model = { factors: [] };
    expect((await error).detail.code).to.equal('invalid-model');
    await el.updateComplete;
    expect($$(el, 'svg[role="img"] [data-factor]')).to.have.length(12);
  });

  it('names each group along its arc, so colour is not the only cue', async () => {
    const el = await flower(html`<seeds-flower lang="en" .scores=${SCORES}></seeds-flower>`);
    expect($$(el, '.group-arc').map((a) => a.dataset.group)).to.deep.equal([
      'people',
      'process',
      'content',
      'precondition',
      'outcomes',
    ]);
    expect($$(el, '.group-name').map((t) => t.textContent!.trim())).to.deep.equal([
      'People',
      'Process',
      'Content',
      'Precondition',
      'Outcomes',
    ]);
  });

  it('puts one petal in the tab order and moves between petals with the arrow keys, Home and End', async () => {
    const el = await flower();
    const tabbable = $$(el, '[role="button"][tabindex="0"]');
    expect(tabbable).to.have.length(1);
    expect($$(el, '[role="button"]')).to.have.length(12);

    const focused = () => (deepActiveElement() as SVGElement | null)?.dataset.target;
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(IDS[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(IDS[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(IDS[2]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(IDS[1]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(IDS[11]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(IDS[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(IDS[11]);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(IDS[0]);
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    // The last focused petal is the one tab stop; Tab leaves the flower for the toggle.
    expect($$(el, '[role="button"][tabindex="0"]').map((t) => t.dataset.target)).to.deep.equal([IDS[11]]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('part')).to.equal('toggle');
  });

  it('names each petal button by number, title and score', async () => {
    const el = await flower(html`<seeds-flower lang="en" .scores=${{ 'shared-vision': 62 }}></seeds-flower>`);
    expect(target(el, 'shared-vision').getAttribute('aria-label')).to.equal(
      '5. Building a shared vision of the future: 62 out of 100',
    );
  });

  it('fires seeds-factor-select (bubbling, composed) on Enter, Space and click', async () => {
    const el = await flower();
    const seen: CustomEvent[] = [];
    document.addEventListener('seeds-factor-select', (e) => seen.push(e));
    target(el, 'together').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    const [x, y] = centreOf(target(el, 'reputation'));
    await sendMouse({ type: 'click', position: [x, y] });
    expect(seen.map((e) => e.detail.factor)).to.deep.equal(['together', 'interim-results', 'reputation']);
    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('fires no event when properties are set', async () => {
    const el = await flower();
    const seen: string[] = [];
    for (const type of ['seeds-factor-select', 'seeds-error']) el.addEventListener(type, () => seen.push(type));
    el.scores = { ...SCORES, commitment: 10 };
    el.compare = SCORES;
    el.spread = { commitment: { min: 0, q1: 5, median: 10, q3: 15, max: 20 } };
    el.respondents = 4;
    el.lang = 'en';
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
  });

  // Chromium only: in Firefox over WebDriver BiDi the synthetic pointer move does not reach the petal target.
  itChromium('shows a tooltip on hover and on focus', async () => {
    const el = await flower(html`<seeds-flower lang="en" .scores=${SCORES}></seeds-flower>`);
    const tooltip = $<HTMLElement>(el, '[part="tooltip"]');
    expect(tooltip.hidden).to.equal(true);
    const [x, y] = centreOf(target(el, 'reputation'));
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('8. Working on a good reputation');
    expect(tooltip.textContent).to.contain(`Score: ${SCORES.reputation} out of 100`);
    await sendMouse({ type: 'move', position: [0, 0] });
    await until(() => tooltip.hidden, 'the tooltip to hide');
  });

  it('keeps the tooltip inside a narrow element', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 280px">
        <seeds-flower lang="en" .scores=${SCORES} .compare=${SCORES}></seeds-flower>
      </div>`,
    );
    const el = wrapper.querySelector('seeds-flower')!;
    await el.updateComplete;
    for (const id of ['competition-sensitivity', 'long-term-support', 'reputation']) {
      target(el, id).focus();
      await el.updateComplete;
      const box = $<HTMLElement>(el, '[part="tooltip"]').getBoundingClientRect();
      const frame = el.getBoundingClientRect();
      expect(box.width, id).to.be.greaterThan(0);
      expect(box.left, id).to.be.at.least(frame.left - 1);
      expect(box.right, id).to.be.at.most(frame.right + 1);
    }
  });

  it("lets petals grow and move with animations whose end is the DOM's final state", async () => {
    const el = await flower();
    expect(el.shadowRoot!.getAnimations().length).to.be.greaterThan(0);
    settle(el);
    const before = petal(el, 'commitment').getAttribute('d');
    el.scores = { ...SCORES, commitment: 80 };
    await el.updateComplete;
    const after = petal(el, 'commitment').getAttribute('d');
    expect(after).to.not.equal(before);
    expect(petal(el, 'commitment').getAnimations()).to.have.length(1);
    settle(el);
    expect(petal(el, 'commitment').getAttribute('d')).to.equal(after);
  });

  itChromium('does not animate under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await flower();
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    el.scores = { ...SCORES, commitment: 80 };
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('exports a standalone SVG that parses as XML, with twelve petals and inlined colours', async () => {
    const el = await flower(html`<seeds-flower .scores=${SCORES} .compare=${SCORES} respondents="3"></seeds-flower>`);
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).to.match(/^\d/);
    // The file is named by its first child, <title>, in the flower's language (Dutch without lang).
    expect(svg.firstElementChild!.localName).to.equal('title');
    expect(svg.firstElementChild!.textContent).to.equal('Bloem van de succesfactoren');
    const petals = [...doc.querySelectorAll('[data-factor]')];
    expect(petals).to.have.length(12);
    expect(petals[0].getAttribute('fill')).to.match(/^rgb/);
    expect(doc.querySelector('text')!.getAttribute('font-family')).to.be.a('string').and.not.empty;
    expect(text).to.not.match(/var\(|url\(|https?:\/\/(?!www\.w3\.org)/);
  });

  it('exports a PNG', async () => {
    const el = await flower();
    // The size the ResizeObserver reports and the fonts' arrival each lay the flower out again (later in
    // Firefox than in Chromium): export the settled drawing.
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    const width = el.shadowRoot!.querySelector('svg')!.viewBox.baseVal.width;
    const png = await el.toPNG();
    expect(png).to.be.instanceOf(Blob);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Math.round(width * 2));
  });

  it('paints the PNG on a canvas, so it needs no image loading (a strict CSP allows it)', async () => {
    const el = await flower();
    const OriginalImage = window.Image;
    let imagesLoaded = 0;
    window.Image = class extends OriginalImage {
      override set src(_value: string) {
        imagesLoaded++;
        queueMicrotask(() => this.onerror?.(new Event('error')));
      }
    } as typeof Image;
    let png: Blob;
    try {
      png = await el.toPNG();
    } finally {
      window.Image = OriginalImage;
    }
    expect(imagesLoaded).to.equal(0);
    const bitmap = await createImageBitmap(png);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let painted = 0;
    let blue = 0; // the people group's default colour, #0072b2
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0) painted++;
      if (data[i] < 30 && Math.abs(data[i + 1] - 0x72) < 30 && Math.abs(data[i + 2] - 0xb2) < 30) blue++;
    }
    expect(painted / (data.length / 4)).to.be.greaterThan(0.1);
    expect(blue).to.be.greaterThan(100);
  });

  it('shows and hides the table with the toggle, keeping it readable by screen readers', async () => {
    const el = await flower(html`<seeds-flower lang="en" .scores=${SCORES}></seeds-flower>`);
    const toggle = $<HTMLButtonElement>(el, '[part="toggle"]');
    const table = $<HTMLTableElement>(el, '[part="table"]');
    const seen = () => {
      table.querySelector('tbody th')!.scrollIntoView({ block: 'center' });
      const cell = table.querySelector('tbody th')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(cell.x + cell.width / 2, cell.y + cell.height / 2);
      return hit !== null && table.contains(hit);
    };
    expect(toggle.textContent!.trim()).to.equal('Show table');
    expect(getComputedStyle(table).display).to.not.equal('none');
    expect(table.querySelectorAll('tbody tr')).to.have.length(12);
    expect(seen()).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Hide table');
    expect(seen()).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Show table');
    expect(seen()).to.equal(false);
  });

  it('summarises the overall score, strongest and weakest factors; the heart shows overall and respondents', async () => {
    const el = await flower(
      html`<seeds-flower
        lang="en"
        respondents="12"
        .scores=${{ commitment: 90, together: 20, reputation: 50 }}
      ></seeds-flower>`,
    );
    const svg = $(el, 'svg[role="img"]');
    const desc = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.contain('Average score 53 out of 100, from 12 participants.');
    expect(desc.textContent).to.contain('Strongest: 1. Driven and committed (90).');
    expect(desc.textContent).to.contain('Weakest: 6. We must do it together (20).');
    expect(desc.textContent).to.contain('9 of the 12 factors are not assessed.');
    expect(svg.getAttribute('aria-label')).to.equal('Flower of the success factors');
    expect($(el, '.overall').textContent).to.equal('53');
    expect($(el, '.respondents').textContent).to.equal('n = 12');
  });

  it("speaks Dutch by default, the document's language when lang is not supported, and lang when set", async () => {
    const el = await flower();
    expect($(el, '[part="toggle"]').textContent!.trim()).to.equal('Toon tabel');
    const original = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      el.lang = 'fr' as never; // unsupported on purpose
      await el.updateComplete;
      expect($(el, '[part="toggle"]').textContent!.trim()).to.equal('Show table');
    } finally {
      document.documentElement.lang = original;
    }
    el.lang = 'nl';
    await el.updateComplete;
    expect($(el, '[part="toggle"]').textContent!.trim()).to.equal('Toon tabel');
  });

  for (const lang of ['nl', 'en']) {
    for (const width of [280, 800]) {
      it(`keeps labels apart, outside the flower and inside the picture at ${width} px (${lang})`, async () => {
        await setViewport({ width: 1000, height: 900 });
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <seeds-flower lang=${lang} .scores=${SCORES}></seeds-flower>
          </div>`,
        );
        const el = wrapper.querySelector('seeds-flower')!;
        await el.updateComplete;
        const svg = $<SVGSVGElement>(el, 'svg[role="img"]');
        expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
        const vb = svg.viewBox.baseVal;
        const scale = svg.getBoundingClientRect().width / vb.width;
        const labels = $$<SVGTextElement>(el, 'text.label');
        expect(labels).to.have.length(12);
        const boxes = labels.map((l) => l.getBBox());
        const outer = Number($(el, '.ring--full').getAttribute('r'));
        boxes.forEach((a, i) => {
          // Readable: at least 10 CSS px per line.
          expect(Number(getComputedStyle(labels[i]).fontSize.replace('px', '')) * scale).to.be.at.least(10);
          // Inside the viewBox (not clipped).
          expect(a.x).to.be.at.least(vb.x);
          expect(a.y).to.be.at.least(vb.y);
          expect(a.x + a.width).to.be.at.most(vb.x + vb.width);
          expect(a.y + a.height).to.be.at.most(vb.y + vb.height);
          // Outside the flower.
          const nx = Math.min(Math.max(0, a.x), a.x + a.width);
          const ny = Math.min(Math.max(0, a.y), a.y + a.height);
          expect(Math.hypot(nx, ny), labels[i].textContent!).to.be.greaterThan(outer);
          for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j];
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${labels[i].textContent} / ${labels[j].textContent}`).to.equal(true);
          }
        });
      });
    }
  }
});
