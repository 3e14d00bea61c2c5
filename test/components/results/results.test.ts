import { expect } from '@open-wc/testing';
import { emulateMedia, itChromium } from '../../support/engines.js';
import '../../../src/define.js';
import { modelEn } from '../../../src/content/en/model.js';
import { modelNl } from '../../../src/content/nl/model.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { deepQuery, until } from '../../support/dom.js';
import { click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

// Agree (75) everywhere except: reputation strongly disagree (0), together disagree (25),
// long-term support "don't know" (not assessed).
const PLAN = (item: string) => ({ 'reputation.1': 0, 'together.1': 1, 'long-term-support.1': 5 })[item] ?? 3;

async function completed(lang: 'en' | 'nl', community = unique('results')): Promise<SeedsOfInnovation> {
  const el = await mountWidget({ lang, community });
  await completeQuestionnaire(el, PLAN);
  await until(() => deepQuery(el, 'seeds-results'), 'results');
  await settle(el);
  return el;
}

/** The petal's data-score in the flower of the results view. */
const petalScore = (el: Element, id: string) =>
  deepQuery(el, 'seeds-flower')
    ?.shadowRoot?.querySelector(`[data-factor="${id}"][data-score]`)
    ?.getAttribute('data-score');

const results = (el: Element) => deepQuery(el, 'seeds-results')!.shadowRoot!;
const agendaRoot = (el: Element) => deepQuery(el, 'seeds-agenda')!.shadowRoot!;

/** Captures files the widget offers for download, without downloading them. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const original = URL.createObjectURL;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return original.call(URL, blob);
  };
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a instanceof HTMLAnchorElement && a.download) {
      e.preventDefault();
      files.push({ name: a.download, blob: last! });
    }
  };
  document.addEventListener('click', onClick, true);
  return {
    files,
    restore() {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    },
  };
}

function chooseFile(input: HTMLInputElement, text: string) {
  const dt = new DataTransfer();
  dt.items.add(new File([text], 'response.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<seeds-of-innovation> results', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`lists the attention points with their tips, strengths and not assessed factors (${lang})`, async () => {
      const el = await completed(lang);
      const root = results(el);
      const texts = lang === 'en' ? modelEn : modelNl;
      // the nine factors at 75 tie: none of them is called one of the lowest
      expect([...root.querySelectorAll('article.attention')].map((a) => a.getAttribute('data-factor'))).to.deep.equal([
        'reputation',
        'together',
      ]);
      const reputation = root.querySelector('article[data-factor="reputation"]')!;
      expect(reputation.textContent).to.contain(texts.factors.reputation.tips[0]);
      expect(reputation.textContent).to.contain(texts.factors.reputation.description);
      const strengths = [...root.querySelectorAll('section[aria-labelledby="strengths-heading"] li')].map((li) =>
        li.getAttribute('data-factor'),
      );
      expect(strengths).to.deep.equal([
        'commitment',
        'qualities-roles',
        'community-building',
        'competition-sensitivity',
        'shared-vision',
        'interim-results',
        'idea-to-application',
        'home-organisation',
        'system-innovation',
      ]);
      const na = [...root.querySelectorAll('section[aria-labelledby="na-heading"] li')].map((li) =>
        li.getAttribute('data-factor'),
      );
      expect(na).to.deep.equal(['long-term-support']);
      const summary = root.querySelector('.summary')!.textContent!;
      expect(summary).to.contain(texts.factors.reputation.title);
      expect(petalScore(el, 'together')).to.equal('25');
      expect(petalScore(el, 'long-term-support')).to.equal('null');
      await expect(el).to.be.accessible();
    });

    it(`opens a factor's detail with the participant's answers, accessibly (${lang})`, async () => {
      const el = await completed(lang);
      const root = results(el);
      const article = root.querySelector<HTMLElement>('article[data-factor="together"]')!;
      [...article.querySelectorAll('button')].at(-1)!.click();
      await settle(el);
      const dialog = root.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('h3')!.textContent).to.contain(
        lang === 'en' ? modelEn.factors.together.title : modelNl.factors.together.title,
      );
      expect(dialog.querySelector('.answers dd')!.textContent).to.equal(lang === 'en' ? 'Disagree' : 'Oneens');
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.buttons button')!.click();
      await settle(el);
      expect(dialog.open).to.equal(false);
    });
  }

  it('says plainly that all scores are equal, and names no weakest, strongest or lowest factor', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('uniform') });
    await completeQuestionnaire(el, 3); // agree everywhere: 75
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    await settle(el);
    const root = results(el);
    const summary = root.querySelector('.summary')!.textContent!;
    expect(summary).to.contain('All assessed factors have the same score: 75 out of 100.');
    expect(summary).to.not.contain('strongest');
    expect(root.querySelectorAll('article.attention').length).to.equal(0);
    expect(root.querySelector('section[aria-labelledby="strengths-heading"]')).to.equal(null);
    const desc = deepQuery(el, 'seeds-flower')!.shadowRoot!.querySelector('desc')!.textContent!;
    expect(desc).to.contain('All assessed factors have the same score.');
    expect(desc).to.not.contain('Weakest');
  });

  it('says when two linked factors both need attention', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('linked') });
    // reputation (8) and commitment (1) are linked through ambassadorship: both "disagree"
    await completeQuestionnaire(el, (item) => ({ 'reputation.1': 1, 'commitment.1': 1 })[item] ?? 3);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    await settle(el);
    const root = results(el);
    expect(root.querySelector('article[data-factor="reputation"] .linked')!.textContent).to.contain(
      '‘Driven and personally committed’ also needs attention, and it is linked to this factor.',
    );
    expect(root.querySelector('article[data-factor="commitment"] .linked')!.textContent).to.contain(
      'Working on a good reputation',
    );
  });

  it('shows the score per theme beside the average, and suggests the research roles for "who"', async () => {
    const el = await completed('nl');
    const root = results(el);
    // factors 1–8: six at 75, reputation 0, together 25 → 59.4; 9–12: 75 (9 not assessed)
    const themes = [...root.querySelectorAll('.themes li')].map((li) => li.textContent!.trim());
    expect(themes).to.deep.equal([
      'Doorontwikkelen van de samenwerking: 59 van 100',
      'Verduurzamen van de opbrengsten: 75 van 100',
    ]);
    const agenda = agendaRoot(el);
    const who = agenda.querySelector<HTMLInputElement>('input[name="reputation-who"]')!;
    expect(who.list!.id).to.equal('seeds-roles');
    expect([...who.list!.querySelectorAll('option')].map((o) => o.value)).to.include.members([
      'Community manager',
      'Systeemintegrator',
      'Verbinder',
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows "see also" links to the related factor', async () => {
    const el = await completed('en');
    const root = results(el);
    // factor 7's tips refer to factor 8; open 7 through the list of strengths or attention points
    root.querySelector<HTMLButtonElement>('li[data-factor="commitment"] button.link')!.click();
    await settle(el);
    const dialog = root.querySelector('dialog')!;
    (dialog.querySelector('.buttons button') as HTMLButtonElement).click();
    await settle(el);
    // open shared vision (5) whose tips refer to 1 and 7
    const flower = deepQuery<HTMLElement>(el, 'seeds-flower')!;
    flower.dispatchEvent(
      new CustomEvent('seeds-factor-select', { detail: { factor: 'shared-vision' }, bubbles: true, composed: true }),
    );
    await settle(el);
    expect(dialog.open).to.equal(true);
    const related = [...dialog.querySelectorAll<HTMLButtonElement>('[data-related]')].map((b) => b.dataset.related);
    expect(related).to.deep.equal(['commitment', 'interim-results']);
    dialog.querySelector<HTMLButtonElement>('[data-related="interim-results"]')!.click();
    await settle(el);
    expect(dialog.getAttribute('open')).to.not.equal(null);
    expect(dialog.querySelector('.detail')!.getAttribute('data-factor')).to.equal('interim-results');
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`pre-selects the attention points on the agenda and is accessible (${lang})`, async () => {
      const el = await completed(lang);
      const agenda = agendaRoot(el);
      const checked = [...agenda.querySelectorAll<HTMLInputElement>('li[data-factor] input[type="checkbox"]')]
        .filter((c) => c.checked)
        .map((c) => c.closest('li')!.getAttribute('data-factor'));
      expect(checked).to.deep.equal(['together', 'reputation']);
      await expect(el).to.be.accessible();
    });
  }

  it('builds the agenda with actions, copies it as text and downloads Markdown; keeps it after a reload', async () => {
    const community = unique('agenda');
    const el = await completed('en', community);
    const agenda = agendaRoot(el);
    agenda.querySelector<HTMLInputElement>('li[data-factor="system-innovation"] input[type="checkbox"]')!.click();
    await settle(el);
    const what = agenda.querySelector<HTMLInputElement>('input[name="reputation-what"]')!;
    what.value = 'Share a [success story](http://evil.example)';
    what.dispatchEvent(new Event('input'));
    const who = agenda.querySelector<HTMLInputElement>('input[name="reputation-who"]')!;
    who.value = 'Anna';
    who.dispatchEvent(new Event('input'));
    await settle(el);

    let copied = '';
    const clip = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    const downloads = captureDownloads();
    try {
      [...agenda.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy')!.click();
      await until(() => copied, 'copy');
      [...agenda.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Download as Markdown')!.click();
    } finally {
      navigator.clipboard.writeText = clip;
      downloads.restore();
    }
    expect(copied).to.contain('Working on a good reputation');
    expect(copied).to.contain('Share a [success story](http://evil.example)');
    expect(copied).to.contain('Anna');
    expect(copied).to.contain('System innovation: looking wider');
    expect(copied).to.not.contain('Driven and personally committed');
    await until(
      () => agenda.querySelector('[role="status"]')!.textContent!.includes('on the clipboard'),
      'copied status',
    );
    expect(downloads.files[0].name).to.match(/^seeds-of-innovation-agenda-\d{4}-\d{2}-\d{2}\.md$/);
    const md = await downloads.files[0].blob.text();
    expect(md).to.contain('\\[success story\\]');
    expect(md).to.not.match(/[^\\]\]\(http/); // an unescaped "](" would make a link

    await el.saved();
    el.remove();
    const again = await mountWidget({ lang: 'en', community, view: 'results' });
    await until(() => deepQuery(again, 'seeds-agenda'), 'agenda after reload');
    await settle(again);
    const kept = agendaRoot(again).querySelector<HTMLInputElement>('input[name="reputation-who"]');
    expect(kept?.value).to.equal('Anna');
  });

  itChromium('prints the flower and the agenda, without the controls', async () => {
    const el = await completed('en');
    try {
      await emulateMedia({ media: 'print' });
      const root = results(el);
      const agenda = agendaRoot(el);
      expect(getComputedStyle(root.querySelector('.exports')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('section[aria-labelledby="attention-heading"]')!).display).to.equal(
        'none',
      );
      expect(getComputedStyle(agenda.querySelector('section.screen-only')!).display).to.equal('none');
      expect(getComputedStyle(agenda.querySelector('.print-only')!).display).to.equal('block');
      expect(agenda.querySelector('.print-only')!.textContent).to.contain(modelEn.factors.reputation.tips[0]);
      expect(getComputedStyle(deepQuery(el, '[part="tools"]')!).display).to.equal('none');
      expect(getComputedStyle(deepQuery(el, 'seeds-flower')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(agendaRoot(el).querySelector('.print-only')!).display).to.equal('none');
  });

  it('exports JSON and CSV, and imports the JSON back to the same scores', async () => {
    const el = await completed('nl');
    const downloads = captureDownloads();
    try {
      results(el).querySelector<HTMLButtonElement>('[data-export="json"]')!.click();
      results(el).querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
      results(el).querySelector<HTMLButtonElement>('[data-export="svg"]')!.click();
      results(el).querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
      await until(() => downloads.files.length === 4, 'four downloads');
    } finally {
      downloads.restore();
    }
    const [json, csv, svg, png] = downloads.files;
    expect(json.name).to.match(/\.json$/);
    const exported = JSON.parse(await json.blob.text());
    expect(exported.scores.reputation).to.equal(0);
    const csvText = await csv.blob.text();
    const lines = csvText.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('id;nummer;titel;groep;score');
    expect(lines[1]).to.equal('commitment;1;Gedreven en persoonlijk gecommitteerd zijn;Mensen;75');
    expect(lines.find((l) => l.startsWith('long-term-support'))!.endsWith(';')).to.equal(true);
    const doc = new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(png.blob.type).to.equal('image/png');

    // A new measurement with other answers, then open the exported one again.
    await click(el, 'Nieuwe meting beginnen');
    await completeQuestionnaire(el, 4);
    await settle(el);
    const score = () => petalScore(el, 'reputation');
    expect(score()).to.equal('100');
    const input = results(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    chooseFile(input, JSON.stringify(exported));
    await until(() => score() === '0', 'the imported scores');
    expect(results(el).querySelector('.exports [role="status"]')!.textContent).to.contain('Je bekijkt de meting van');
  });

  it('rejects an invalid import with a clear message', async () => {
    const el = await completed('en');
    const input = results(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    chooseFile(input, '{ "schema": "nope"');
    const message = () => results(el).querySelector('.exports [role="status"]')!.textContent!;
    await until(() => message().includes('not a JSON file'), 'message');
    chooseFile(input, JSON.stringify({ schema: 'seeds-of-innovation/response', schemaVersion: 1 }));
    await until(() => message().includes('not a Seeds of Innovation response (id:'), 'validation message');
    // still showing the participant's own results
    expect(petalScore(el, 'reputation')).to.equal('0');
  });
});
