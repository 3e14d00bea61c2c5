import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { buttonNamed, click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

// What a host stylesheet reaches from outside: only the parts the root names (exported from the
// views inside its shadow root) and the --seeds-* tokens. Each test scopes its rules to one class.
let sheet: HTMLStyleElement | undefined;
function hostCss(text: string): void {
  sheet = document.createElement('style');
  sheet.textContent = text;
  document.head.append(sheet);
}

async function themed(name: string): Promise<SeedsOfInnovation> {
  const el = await mountWidget({ lang: 'en', community: unique(name) });
  el.classList.add(name);
  await settle(el);
  return el;
}

describe('<seeds-of-innovation> theming from the host', () => {
  afterEach(() => sheet?.remove());

  it('styles buttons, statements, options and progress of the nested questionnaire through ::part', async () => {
    hostCss(`
      .parts-q::part(button-primary) { background-color: rgb(200, 0, 100); border-radius: 0px; }
      .parts-q::part(button) { letter-spacing: 3px; }
      .parts-q::part(statement) { border-top-color: rgb(1, 2, 3); }
      .parts-q::part(option) { text-transform: uppercase; }
      .parts-q::part(progress) { outline: 5px dotted rgb(4, 5, 6); }
    `);
    const el = await themed('parts-q');
    const start = buttonNamed(el, 'Start');
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(start).borderTopLeftRadius).to.equal('0px');
    await click(el, 'Start');
    const back = buttonNamed(el, 'Back');
    const next = buttonNamed(el, 'Next');
    expect(getComputedStyle(back).letterSpacing).to.equal('3px');
    expect(getComputedStyle(back).backgroundColor).to.not.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(next).letterSpacing).to.equal('3px');
    const statement = deepQuery(el, 'fieldset')!;
    expect(getComputedStyle(statement).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(deepQuery(el, 'label.option')!).textTransform).to.equal('uppercase');
    expect(getComputedStyle(deepQuery(el, '.progress')!).outlineColor).to.equal('rgb(4, 5, 6)');
    await expect(el).to.be.accessible();
  });

  it('reaches the nested flower, its parts and the dialog of the results view', async () => {
    hostCss(`
      .parts-r::part(flower) { max-width: 300px; }
      .parts-r::part(flower-toggle) { text-decoration: underline; }
      .parts-r::part(dialog) { border-top-color: rgb(9, 8, 7); }
      .parts-r::part(button-primary) { background-color: rgb(0, 90, 160); color: rgb(255, 255, 255); }
    `);
    const el = await themed('parts-r');
    await completeQuestionnaire(el, 1);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    await settle(el);
    const flower = deepQuery(el, 'seeds-flower')!;
    expect(getComputedStyle(flower).maxWidth).to.equal('300px');
    const toggle = flower.shadowRoot!.querySelector('.toggle')!;
    expect(getComputedStyle(toggle).textDecorationLine).to.equal('underline');
    // The agenda's copy button is two shadow roots deep (root → results → agenda).
    const copy = deepQuery(el, 'seeds-agenda')!.shadowRoot!.querySelector('button.primary')!;
    expect(getComputedStyle(copy).backgroundColor).to.equal('rgb(0, 90, 160)');
    const results = deepQuery(el, 'seeds-results')!.shadowRoot!;
    results.querySelector<HTMLButtonElement>('article[data-factor] button.read-more')!.click();
    await settle(el);
    const dialog = results.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(getComputedStyle(dialog).borderTopColor).to.equal('rgb(9, 8, 7)');
    expect(getComputedStyle(dialog.querySelector('button.primary')!).backgroundColor).to.equal('rgb(0, 90, 160)');
  });

  it('sets the headings in --seeds-font-heading, and in the host font without it', async () => {
    hostCss(`
      .font-host { font-family: Georgia, serif; }
      .font-host.font-heading { --seeds-font-heading: 'Courier New', monospace; }
    `);
    const el = await themed('font-host');
    const heading = () => deepQuery(el, 'h2')!;
    expect(getComputedStyle(heading().parentElement!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(heading()).fontFamily).to.equal('Georgia, serif');
    el.classList.add('font-heading');
    expect(getComputedStyle(heading()).fontFamily).to.equal('"Courier New", monospace');
    // Body text keeps the host's font.
    expect(getComputedStyle(deepQuery(el, 'section[part="intro"] p')!).fontFamily).to.equal('Georgia, serif');
    await click(el, 'Start');
    await click(el, 'Next');
    const factorTitle = deepQueryAll(el, 'h3')[0];
    expect(getComputedStyle(factorTitle).fontFamily).to.equal('"Courier New", monospace');
  });
});
