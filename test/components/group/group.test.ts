import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import type { AnswerValue } from '../../../src/model/scale.js';
import { FACTOR_IDS } from '../../../src/content/default-model.js';
import { deepActiveElement, deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { groupResponse, groupRoot, mountGroup, scriptedSource, taken } from '../../support/group.js';
import { settle } from '../../support/widget.js';

const flowerOf = (el: Element) => deepQuery(groupRoot(el), 'seeds-flower');
const text = (el: Element) => groupRoot(el).textContent!.replace(/\s+/g, ' ');
const listed = (el: Element, list: string) =>
  [...groupRoot(el).querySelectorAll(`[data-list="${list}"] li`)].map((li) => li.getAttribute('data-factor'));

/** Six respondents: commitment 1,1,1,5,5,5 (polarised); every other factor 4,4,4,5,5,5. */
const POLARISED = [1, 1, 1, 5, 5, 5].map((v, i) =>
  groupResponse({ commitment: v as AnswerValue }, { role: i < 4 ? 'business' : 'government' }),
);
/** Six respondents who agree: 4,4,4,5,5,5 on every factor, except a low reputation. */
const AGREEING = [4, 4, 4, 5, 5, 5].map((v) => groupResponse({ ...all(v as AnswerValue), reputation: 2 }));

function all(v: AnswerValue): Record<string, AnswerValue> {
  return Object.fromEntries(FACTOR_IDS.map((id) => [id, v]));
}

async function withResults(results: unknown[], attrs: Record<string, string> = {}): Promise<SeedsOfInnovation> {
  const { el } = await mountGroup(attrs);
  el.results = results as never; // unchecked input on purpose
  await taken(el);
  return el;
}

/** Runs `check` on a page in dark colours too. */
async function inDark(check: () => Promise<unknown>): Promise<void> {
  const root = document.documentElement;
  root.style.colorScheme = 'dark';
  document.body.style.background = '#121212';
  document.body.style.color = '#eeeeee';
  try {
    await check();
  } finally {
    root.style.colorScheme = '';
    document.body.style.background = '';
    document.body.style.color = '';
  }
}

describe('<seeds-of-innovation view="group">', () => {
  for (const lang of ['en', 'nl']) {
    const states: [string, () => unknown[]][] = [
      ['empty', () => []],
      ['below the threshold', () => POLARISED.slice(0, 2)],
      ['with figures', () => POLARISED],
    ];
    for (const [name, results] of states) {
      it(`is accessible ${name}, ${lang}, light and dark`, async () => {
        const el = await withResults(results(), { lang, 'share-url': 'https://example.org/meet?round=1' });
        await expect(el).to.be.accessible();
        await inDark(() => expect(el).to.be.accessible());
      });
    }
  }

  it('2 responses with min-group 3 show no flower and no figure, only how many answered', async () => {
    const el = await withResults(POLARISED.slice(0, 2));
    expect(flowerOf(el) === null).to.equal(true);
    expect(groupRoot(el).querySelector('table, .discuss, seeds-agenda') === null, 'no figures').to.equal(true);
    expect(text(el)).to.contain('2 of 3 have answered');
    expect(text(el)).not.to.match(/\d+ of 100|score \d/);
  });

  it('min-group raises the threshold and cannot go below 3', async () => {
    const el = await withResults(POLARISED.slice(0, 4), { 'min-group': '5' });
    expect(text(el)).to.contain('4 of 5 have answered');
    el.setAttribute('min-group', '1');
    await settle(el);
    el.results = POLARISED.slice(0, 2);
    await taken(el);
    expect(text(el)).to.contain('2 of 3 have answered');
    expect(flowerOf(el) === null).to.equal(true);
  });

  it('1,1,1,5,5,5 is a disagreement to discuss first; 4,4,4,5,5,5 is not', async () => {
    const split = await withResults(POLARISED);
    expect(listed(split, 'disagreements')).to.deep.equal(['commitment']);
    const agreeing = await withResults(AGREEING);
    expect(listed(agreeing, 'disagreements')).to.deep.equal([]);
    expect(text(agreeing)).to.contain('No factor on which the group is really divided');
    expect(listed(agreeing, 'lowest')[0]).to.equal('reputation');
  });

  it('shows the spread as a band with a median tick and no whiskers', async () => {
    const el = await withResults(POLARISED);
    const flower = flowerOf(el)!.shadowRoot!;
    expect(flower.querySelectorAll('[data-spread] .band')).to.have.length(12);
    expect(flower.querySelectorAll('[data-spread] .median')).to.have.length(12);
    expect(flower.querySelectorAll('.whisker')).to.have.length(0);
  });

  it('a petal opens the factor detail with the distribution of answers, by keyboard too', async () => {
    const el = await withResults([...POLARISED, groupResponse({ commitment: null })]);
    const target = flowerOf(el)!.shadowRoot!.querySelector<SVGElement>('[data-target="commitment"]')!;
    target.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const detail = await until(() => groupRoot(el).querySelector('[data-detail="commitment"]'), 'the detail');
    const cell = (option: string) => detail.querySelector(`tr[data-option="${option}"] .bar-count`)!.textContent;
    expect([cell('1'), cell('2'), cell('3'), cell('4'), cell('5'), cell('unknown')]).to.deep.equal([
      '3',
      '0',
      '0',
      '0',
      '3',
      '1',
    ]);
    expect(detail.textContent).to.contain('14% chose "don\'t know"');
    expect(deepActiveElement()?.id).to.equal('detail-heading');
    const research = detail.querySelector('details')!;
    expect(research.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the factor detail names its linked factors in view (as the results view does), each one a click away', async () => {
    // 8 and 11 lowest (0), 4 next (25): all three to discuss first; 8 and 11 are linked.
    const low = { reputation: 1, 'home-organisation': 1, 'competition-sensitivity': 2 } as const;
    const el = await withResults([1, 2, 3].map(() => groupResponse({ ...low })));
    const open = async (id: string) => {
      flowerOf(el)!.dispatchEvent(new CustomEvent('seeds-factor-select', { detail: { factor: id } }));
      await settle(el);
      return until(() => groupRoot(el).querySelector(`[data-detail="${id}"]`), `the detail of ${id}`);
    };
    const links: [string, string][] = [
      ['competition-sensitivity', 'community-building'],
      ['reputation', 'commitment'],
      ['reputation', 'home-organisation'],
      ['long-term-support', 'idea-to-application'],
      ['idea-to-application', 'long-term-support'],
      ['interim-results', 'home-organisation'],
      ['system-innovation', 'idea-to-application'],
      ['shared-vision', 'commitment'],
      ['home-organisation', 'reputation'],
    ];
    for (const [from, to] of links) {
      const detail = await open(from);
      const button = detail.querySelector<HTMLElement>(`.related [data-related="${to}"]`);
      expect(button !== null, `${from} -> ${to}`).to.equal(true);
      expect(button!.closest('details') === null, `${from} -> ${to} is not folded away`).to.equal(true);
      expect(button!.checkVisibility(), `${from} -> ${to} visible`).to.equal(true);
    }
    const reputation = await open('reputation');
    expect(reputation.querySelector('.linked')!.textContent).to.contain(
      '‘Taking your own organisation along in the shared story’ also needs attention, and it is linked to this factor.',
    );
    expect((await open('competition-sensitivity')).querySelector('.linked') === null).to.equal(true);
    (await open('reputation')).querySelector<HTMLButtonElement>('.related [data-related="home-organisation"]')!.click();
    await settle(el);
    expect(groupRoot(el).querySelector('[data-detail]')!.getAttribute('data-detail')).to.equal('home-organisation');
    expect(deepActiveElement()?.id).to.equal('detail-heading');
    await expect(el).to.be.accessible();
  });

  it('the discuss-first card opens details too, and Close returns focus', async () => {
    const el = await withResults(POLARISED);
    groupRoot(el)
      .querySelector<HTMLButtonElement>('[data-list="disagreements"] [data-factor="commitment"] button')!
      .click();
    await settle(el);
    expect(groupRoot(el).querySelector('[data-detail="commitment"]')).to.exist;
    [...groupRoot(el).querySelectorAll<HTMLButtonElement>('.detail button')]
      .find((b) => b.textContent!.trim() === 'Close')!
      .click();
    await settle(el);
    expect(groupRoot(el).querySelector('[data-detail]') === null).to.equal(true);
    expect(deepActiveElement()?.closest('[data-factor]')?.getAttribute('data-factor')).to.equal('commitment');
  });

  it('breaks down by role only for roles with at least min-group respondents', async () => {
    const el = await withResults(POLARISED); // 4 business, 2 government
    const headers = [...groupRoot(el).querySelectorAll('.roles th[data-role]')].map((th) =>
      th.getAttribute('data-role'),
    );
    expect(headers).to.deep.equal(['business']);
    expect(text(el)).not.to.contain('Government (n');
    const few = await withResults([...AGREEING.slice(0, 3)]);
    expect(few.shadowRoot && groupRoot(few).querySelectorAll('.roles th[data-role]')).to.have.length(0);
  });

  it('pre-fills the group agenda with the factors to discuss first', async () => {
    const el = await withResults(AGREEING);
    const agenda = deepQuery(groupRoot(el), 'seeds-agenda')!.shadowRoot!;
    const checked = [...agenda.querySelectorAll<HTMLInputElement>('li[data-factor] input[type="checkbox"]')]
      .filter((i) => i.checked)
      .map((i) => i.closest('li')!.getAttribute('data-factor'));
    const first = [...listed(el, 'lowest'), ...listed(el, 'disagreements')];
    expect(checked).to.include('reputation');
    expect([...checked].sort()).to.deep.equal([...new Set(first)].sort());
  });

  it('shows one round with a selector and compares with an earlier round', async () => {
    const kickoff = [1, 2, 2].map((v) => groupResponse(v as AnswerValue, { round: 'kick-off' }));
    const later = [4, 4, 5].map((v) => groupResponse(v as AnswerValue, { round: 'six months' }));
    const url = await scriptedSource('rounds', [...kickoff, ...later]);
    const { el } = await mountGroup({}, { source: url });
    const round = groupRoot(el).querySelector<HTMLSelectElement>('select[data-select="round"]')!;
    expect(round.value).to.equal('six months');
    expect(groupRoot(el).querySelector('[data-respondents]')!.getAttribute('data-respondents')).to.equal('3');
    const compare = groupRoot(el).querySelector<HTMLSelectElement>('select[data-select="compare"]')!;
    compare.value = 'kick-off';
    compare.dispatchEvent(new Event('change'));
    await settle(el);
    expect(flowerOf(el)!.shadowRoot!.querySelectorAll('[data-ghost]')).to.have.length(12);
    expect(groupRoot(el).querySelector('[data-change="commitment"]')!.textContent!.trim()).to.equal('+67');
    round.value = 'kick-off';
    round.dispatchEvent(new Event('change'));
    await settle(el);
    expect(groupRoot(el).querySelector('select[data-select="compare"]') === null).to.equal(true);
    expect(
      flowerOf(el)!.shadowRoot!.querySelector('[data-factor="commitment"][data-score]')!.getAttribute('data-score'),
    ).to.equal('16.67');
  });

  it('the round attribute picks the round shown first', async () => {
    const el = await withResults(
      [
        ...[1, 2, 2].map((v) => groupResponse(v as AnswerValue, { round: 'a' })),
        ...[4, 4, 5].map((v) => groupResponse(v as AnswerValue, { round: 'b' })),
      ],
      { round: 'a' },
    );
    expect(groupRoot(el).querySelector<HTMLSelectElement>('select[data-select="round"]')!.value).to.equal('a');
  });

  it('presentation mode: large flower, count, and the arrow keys step through the factors to discuss', async () => {
    const el = await withResults(AGREEING.concat(POLARISED), { presentation: '' });
    const section = groupRoot(el).querySelector('section')!;
    expect(section.classList.contains('presenting')).to.equal(true);
    expect(groupRoot(el).querySelector('#group-caption') === null, 'no group table').to.equal(true);
    const first = groupRoot(el).querySelector('[data-detail]')!.getAttribute('data-detail');
    groupRoot(el).querySelector<HTMLButtonElement>('[data-action="presentation"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const second = groupRoot(el).querySelector('[data-detail]')!.getAttribute('data-detail');
    expect(second).not.to.equal(first);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(groupRoot(el).querySelector('[data-detail]')!.getAttribute('data-detail')).to.equal(first);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' }); // the focused button leaves presentation mode
    await settle(el);
    expect(groupRoot(el).querySelector('section')!.classList.contains('presenting')).to.equal(false);
    expect(groupRoot(el).querySelector('#group-caption') !== null, 'the group table').to.equal(true);
  });

  it('share-url: a link, a copy button and a QR code drawn as SVG; a javascript: URL is not shown', async () => {
    const el = await withResults([], { 'share-url': 'https://example.org/community?round=kick-off' });
    const share = groupRoot(el).querySelector('.share')!;
    expect(share.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/community?round=kick-off');
    const qr = share.querySelector('svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelectorAll('rect.qr-dark').length).to.be.greaterThan(20);
    expect(share.querySelector('[data-action="copy"]')).to.exist;
    el.setAttribute('share-url', 'javascript:alert(1)');
    await settle(el);
    expect(groupRoot(el).querySelector('.share') === null).to.equal(true);
  });

  it('Dutch texts', async () => {
    const el = await withResults(POLARISED.slice(0, 2), { lang: 'nl' });
    expect(text(el)).to.contain('2 van 3 hebben geantwoord');
    const full = await withResults(POLARISED, { lang: 'nl' });
    expect(text(full)).to.contain('Eerst bespreken');
  });

  it('offers the A3 poster as SVG, empty and with the group flower', async () => {
    const files: { name: string; blob: Blob }[] = [];
    const original = URL.createObjectURL;
    let last: Blob | undefined;
    URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), original.call(URL, blob));
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        e.preventDefault();
        files.push({ name: a.download, blob: last! });
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const el = await withResults(POLARISED);
      groupRoot(el).querySelector<HTMLButtonElement>('[data-poster="empty"]')!.click();
      groupRoot(el).querySelector<HTMLButtonElement>('[data-poster="filled"]')!.click();
      await until(() => files.length === 2, 'two posters');
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    }
    const [empty, filled] = await Promise.all(files.map((f) => f.blob.text()));
    const doc = new DOMParser().parseFromString(empty, 'image/svg+xml');
    expect(doc.querySelector('parsererror') === null).to.equal(true);
    expect(doc.documentElement.getAttribute('width')).to.equal('297mm');
    expect(empty).to.contain('Driven and personally committed');
    expect(empty).to.contain('>100<');
    expect(doc.querySelectorAll('path[data-score="null"]').length).to.equal(12);
    const full = new DOMParser().parseFromString(filled, 'image/svg+xml');
    expect(full.querySelectorAll('path[data-score="null"]').length).to.equal(0);
    expect(deepQueryAll(document.body, '.offscreen')).to.have.length(0);
  });
});
