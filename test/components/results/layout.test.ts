import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import { modelEn } from '../../../src/content/en/model.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepActiveElement, deepQuery, until } from '../../support/dom.js';
import { completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

// Agree everywhere except reputation (0), together and commitment (25), long-term support (don't know).
const PLAN = (item: string) =>
  ({ 'reputation.1': 0, 'together.1': 1, 'commitment.1': 1, 'long-term-support.1': 5 })[item] ?? 3;

async function completed(lang: 'en' | 'nl' = 'en', plan = PLAN): Promise<SeedsOfInnovation> {
  const el = await mountWidget({ lang, community: unique('layout') });
  await completeQuestionnaire(el, plan);
  await until(() => deepQuery(el, 'seeds-results'), 'results');
  await settle(el);
  return el;
}

const results = (el: Element) => deepQuery(el, 'seeds-results')!.shadowRoot!;
const agendaRoot = (el: Element) => deepQuery(el, 'seeds-agenda')!.shadowRoot!;
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
const box = (node: Element) => node.getBoundingClientRect();

describe('<seeds-results> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('orders the page: heading, flower, summary, top three, attention points, agenda, strengths, downloads', async () => {
    const el = await completed();
    const heading = el.shadowRoot!.querySelector('#results-heading')!;
    expect(before(heading, el.shadowRoot!.querySelector('seeds-results')!)).to.equal(true);
    const root = results(el);
    const order = [
      '.flower seeds-flower',
      '.summary',
      '.top-three',
      'section[aria-labelledby="attention-heading"]',
      'seeds-agenda',
      'section[aria-labelledby="strengths-heading"]',
      'section[aria-labelledby="na-heading"]',
      '.exports',
    ].map((selector) => {
      const found = root.querySelector(selector);
      expect(found, selector).to.not.equal(null);
      return found!;
    });
    for (let i = 1; i < order.length; i++) expect(before(order[i - 1], order[i]), `${i}`).to.equal(true);
    const top = [...root.querySelectorAll('.top-three li')].map((li) => li.getAttribute('data-factor'));
    expect(top).to.deep.equal(['reputation', 'commitment', 'together']);
  });

  it('names a tie group whole in the top, and says plainly that these share the lowest score', async () => {
    // Four factors at neutral (50), the rest agree (75): slicing by model order would name three.
    const tied = (item: string) =>
      ({ 'together.1': 2, 'interim-results.1': 2, 'reputation.1': 2, 'system-innovation.1': 2 })[item] ?? 3;
    const el = await completed('en', tied);
    const top = results(el).querySelector('.top-three')!;
    const ids = [...top.querySelectorAll('li')].map((li) => li.getAttribute('data-factor'));
    expect(ids).to.deep.equal(['together', 'interim-results', 'reputation', 'system-innovation']);
    expect(top.querySelector('h3')!.textContent).to.equal('First on the agenda');
    expect(top.querySelector('[data-tie="first"]')!.textContent).to.contain('These 4 factors share the lowest score');
    await expect(el).to.be.accessible();
  });

  it('leaves out a tie group that does not fit whole, and says how many share that score', async () => {
    const split = (item: string) =>
      ({ 'reputation.1': 0, 'together.1': 1, 'commitment.1': 1, 'shared-vision.1': 1 })[item] ?? 3;
    const el = await completed('nl', split);
    const top = results(el).querySelector('.top-three')!;
    const ids = [...top.querySelectorAll('li')].map((li) => li.getAttribute('data-factor'));
    expect(ids).to.deep.equal(['reputation']);
    expect(top.querySelector('h3')!.textContent).to.equal('Eerst op de agenda');
    expect(top.querySelector('[data-tie="more"]')!.textContent).to.contain('Nog 3 factoren scoren gelijk, 25 van 100');
    // The attention points below still list all four.
    expect(results(el).querySelectorAll('article.attention').length).to.equal(4);
  });

  it('puts the summary and top three beside the flower on a wide screen and right under it on a phone', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await completed();
    let flower = box(results(el).querySelector('seeds-flower')!);
    let key = box(results(el).querySelector('.key')!);
    expect(key.left).to.be.at.least(flower.right - 1);
    expect(key.top).to.be.below(flower.bottom);
    await setViewport({ width: 360, height: 740 });
    await settle(el);
    flower = box(results(el).querySelector('seeds-flower')!);
    key = box(results(el).querySelector('.key')!);
    expect(key.top).to.be.at.least(flower.bottom - 1);
    expect(key.top - flower.bottom).to.be.below(48);
  });

  it('folds the research text by default and keeps the tips open', async () => {
    const el = await completed();
    const article = results(el).querySelector('article[data-factor="reputation"]')!;
    const research = article.querySelector('details.research') as HTMLDetailsElement;
    expect(research.open).to.equal(false);
    expect(research.querySelector('summary')!.textContent).to.contain('What the research shows');
    expect(research.querySelector('.findings')!.checkVisibility()).to.equal(false);
    expect(article.querySelector('.tips')!.textContent).to.contain(modelEn.factors.reputation.tips[0]);
  });

  it('turns a tip into the factor’s action on the agenda and moves focus there', async () => {
    const el = await completed();
    const article = results(el).querySelector('article[data-factor="shared-vision"]');
    expect(article, 'shared vision scores 75 and is no attention point').to.equal(null);
    const tipButton = results(el).querySelector<HTMLButtonElement>(
      'article[data-factor="together"] button.use-tip[data-tip="1"]',
    )!;
    expect(tipButton.textContent!.trim()).to.equal('Use this tip as the action');
    tipButton.click();
    await settle(el);
    const what = agendaRoot(el).querySelector<HTMLInputElement>('input[name="together-what"]')!;
    expect(what.value).to.equal(modelEn.factors.together.tips[1]);
    expect(deepActiveElement()).to.equal(what);
    expect(
      results(el).querySelector('section[aria-labelledby="attention-heading"] [role="status"]')!.textContent,
    ).to.contain(modelEn.factors.together.title);
    // A tip of a factor that was not ticked puts it on the agenda.
    const commitment = agendaRoot(el).querySelector<HTMLInputElement>(
      'li[data-factor="commitment"] input[type="checkbox"]',
    )!;
    commitment.click();
    await settle(el);
    expect(commitment.checked).to.equal(false);
    results(el).querySelector<HTMLButtonElement>('article[data-factor="commitment"] button.use-tip')!.click();
    await settle(el);
    expect(
      agendaRoot(el).querySelector<HTMLInputElement>('li[data-factor="commitment"] input[type="checkbox"]')!.checked,
    ).to.equal(true);
    expect(agendaRoot(el).querySelector<HTMLInputElement>('input[name="commitment-what"]')!.value).to.equal(
      modelEn.factors.commitment.tips[0],
    );
    await expect(el).to.be.accessible();
  });

  it('offers no tip buttons when read-only', async () => {
    const el = await completed();
    el.readonly = true;
    await settle(el);
    expect(results(el).querySelectorAll('button.use-tip').length).to.equal(0);
    expect(results(el).querySelectorAll('.tips li').length).to.be.greaterThan(0);
  });

  it('keeps the downloads in one keyboard-operable menu and the file picker looks like a button', async () => {
    const el = await completed();
    const root = results(el);
    const menu = root.querySelector('details.menu') as HTMLDetailsElement;
    expect(menu.open).to.equal(false);
    expect(root.querySelectorAll('.exports [data-export]').length).to.equal(4);
    expect([...root.querySelectorAll('.exports [data-export]')].every((b) => menu.contains(b))).to.equal(true);
    const summary = menu.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menu.open, 'menu open');
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).dataset.export).to.equal('json');
    await sendKeys({ press: 'Escape' });
    await until(() => !menu.open, 'menu closed');
    expect(deepActiveElement()).to.equal(summary);
    const picker = root.querySelector('label.file')!;
    const download = getComputedStyle(summary);
    const look = getComputedStyle(picker);
    expect(look.borderTopColor).to.equal(download.borderTopColor);
    expect(look.borderTopWidth).to.equal(download.borderTopWidth);
    expect(look.minHeight).to.equal(download.minHeight);
    expect(picker.querySelector('input[type="file"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows strengths and not assessed as short lists', async () => {
    const el = await completed();
    const root = results(el);
    const strengths = root.querySelector('section[aria-labelledby="strengths-heading"]')!;
    expect(strengths.querySelector('ul.inline')).to.not.equal(null);
    // Compact: no research text, a few lines at most.
    expect(strengths.textContent).to.not.contain(modelEn.factors['qualities-roles'].description);
    // A few lines in either engine's default font (Firefox's lines are taller than Chromium's).
    expect(box(strengths).height).to.be.below(320);
  });

  it('keeps the factor dialog’s title, close button and group colour in view while it scrolls on a phone', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await completed();
    results(el).querySelector<HTMLButtonElement>('article[data-factor="together"] button.read-more')!.click();
    await settle(el);
    const dialog = results(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight);
    dialog.scrollTop = dialog.scrollHeight;
    const header = dialog.querySelector('.detail-header')!;
    const close = header.querySelector<HTMLButtonElement>('button.close')!;
    const b = box(close);
    expect(b.top).to.be.at.least(0);
    expect(b.bottom).to.be.at.most(640);
    // Not covered by the text scrolled under it.
    const hit = results(el).elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    expect(close.contains(hit)).to.equal(true);
    expect(header.querySelector('h3')!.textContent).to.contain(modelEn.factors.together.title);
    // The group colour is the flower's colour for that group ("together" is in content).
    const arc = deepQuery(el, 'seeds-flower')!.shadowRoot!.querySelector('path.group-arc[data-group="content"]')!;
    expect(getComputedStyle(header).borderBottomColor).to.equal(getComputedStyle(arc).fill);
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    await settle(el);
    expect(dialog.open).to.equal(false);
  });
});
