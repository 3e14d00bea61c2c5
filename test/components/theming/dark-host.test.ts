import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsFlower } from '../../../src/components/flower/flower.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { backgroundOf, contrast, over, rgba, textContrast } from '../../support/contrast.js';
import { deepQuery, until } from '../../support/dom.js';
import { click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

// A host with a dark page that never says `color-scheme: dark`: the most common way a theme
// breaks an embedded widget (light-dark() and Canvas then pick their light values).
const HOST_CSS = 'body { background: #111111; color: #eeeeee; }';

/** The flower's centre: the score's fill against the disc drawn behind it (over the page). */
function centreContrast(flower: Element): number {
  const root = flower.shadowRoot!;
  const disc = over(rgba(getComputedStyle(root.querySelector('.heart-disc')!).fill), backgroundOf(flower));
  return contrast(getComputedStyle(root.querySelector('.overall')!).fill, disc);
}

/** Ends the 1 ms colour transitions at once: computed colours are then the final ones. */
function finishTransitions(el: Element): void {
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
}

describe('theming on a dark host without color-scheme', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOST_CSS;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  it('keeps the questionnaire readable and accessible', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('dark-q') });
    await click(el, 'Start');
    const progress = deepQuery(el, '.progress')!;
    const statement = deepQuery(el, 'fieldset legend')!;
    const figures = { progress: textContrast(progress), statement: textContrast(statement) };
    console.log('questionnaire on a dark host', JSON.stringify(figures));
    expect(figures.progress, 'progress text').to.be.at.least(4.5);
    expect(figures.statement, 'statement').to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('keeps the factor dialog and the flower centre readable', async () => {
    const el: SeedsOfInnovation = await mountWidget({ lang: 'en', community: unique('dark-r') });
    await completeQuestionnaire(el, 1);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    await settle(el);
    const flower = deepQuery<SeedsFlower>(el, 'seeds-flower')!;
    expect(flower.shadowRoot!.querySelector('.overall')!.textContent).to.equal('25');
    const centre = centreContrast(flower);
    const results = deepQuery(el, 'seeds-results')!.shadowRoot!;
    results.querySelector<HTMLButtonElement>('article[data-factor] button.read-more')!.click();
    await settle(el);
    const dialog = results.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const heading = dialog.querySelector('h3')!;
    const body = dialog.querySelector('p, li, dd')!;
    const figures = { centre, heading: textContrast(heading), body: textContrast(body) };
    console.log('results on a dark host', JSON.stringify(figures));
    expect(figures.centre, 'centre score').to.be.at.least(4.5);
    expect(figures.heading, 'dialog heading').to.be.at.least(4.5);
    expect(figures.body, 'dialog text').to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('keeps a standalone flower centre readable', async () => {
    const el = await fixture<SeedsFlower>(
      html`<seeds-flower .scores=${{ commitment: 60, reputation: 20 }}></seeds-flower>`,
    );
    await el.updateComplete;
    expect(centreContrast(el)).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('pairs the text with a surface the host recolours (card, dialog, halo) and hides scroll shadows in it', async () => {
    sheet.textContent += `
      .card { --seeds-color-surface: rgb(250, 245, 230); --seeds-color-dialog: rgb(11, 37, 69); }
    `;
    const el = await mountWidget({ lang: 'en', community: unique('dark-card') });
    const base = el.shadowRoot!.querySelector('.base')!;
    el.classList.add('card');
    finishTransitions(el);
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(250, 245, 230)');
    expect(textContrast(deepQuery(el, 'section[part="intro"] p')!), 'text on the card').to.be.at.least(4.5);
    await completeQuestionnaire(el, 1);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    await settle(el);
    const results = deepQuery(el, 'seeds-results')!.shadowRoot!;
    results.querySelector<HTMLButtonElement>('article[data-factor] button.read-more')!.click();
    await settle(el);
    const dialog = results.querySelector('dialog')!;
    expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(11, 37, 69)');
    expect(textContrast(dialog.querySelector('h3')!), 'text on the navy dialog').to.be.at.least(4.5);
    dialog.close();
    await expect(el).to.be.accessible();
    el.setAttribute('view', 'history');
    await settle(el);
    const scroll = await until(
      () => deepQuery(el, 'seeds-history')?.shadowRoot?.querySelector('.scroll'),
      'history table',
    );
    expect(getComputedStyle(scroll).backgroundImage).to.contain('rgb(250, 245, 230)');
  });

  it('pairs the flower heart with a halo the host sets', async () => {
    const el = await fixture<SeedsFlower>(
      html`<seeds-flower class="halo" .scores=${{ commitment: 60, reputation: 20 }}></seeds-flower>`,
    );
    sheet.textContent += '.halo { --seeds-flower-halo: #fff8e7; }';
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.heart-disc')!).fill).to.equal('rgb(255, 248, 231)');
    expect(centreContrast(el)).to.be.at.least(4.5);
  });

  it('follows the host when it switches to dark mode later', async () => {
    sheet.textContent += 'body.light-first { background: #ffffff; color: #1a1a1a; }';
    document.body.classList.add('light-first');
    try {
      const el = await fixture<SeedsFlower>(html`<seeds-flower .scores=${{ commitment: 60 }}></seeds-flower>`);
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base')!;
      // A light page: the page's own (normal) scheme stands.
      expect(getComputedStyle(base).colorScheme).to.equal('normal');
      document.body.classList.remove('light-first');
      finishTransitions(el);
      await until(() => getComputedStyle(base).colorScheme === 'dark', 'the dark scheme');
      expect(getComputedStyle(base).colorScheme).to.equal('dark');
      expect(centreContrast(el)).to.be.at.least(4.5);
    } finally {
      document.body.classList.remove('light-first');
    }
  });

  it('leaves a host that declares its dark scheme to it', async () => {
    sheet.textContent += ':root { color-scheme: dark; }';
    const el = await fixture<SeedsFlower>(html`<seeds-flower .scores=${{ commitment: 60 }}></seeds-flower>`);
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).colorScheme).to.equal('dark');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.base')!.style.colorScheme).to.equal('');
    expect(centreContrast(el)).to.be.at.least(4.5);
  });
});
