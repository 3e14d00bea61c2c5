import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import {
  DEFAULT_MODEL,
  buildResponse,
  type SeedsErrorEvent,
  type SeedsOfInnovation,
  type SeedsResponse,
} from '../../../src/index.js';
import { deepQuery, until } from '../../support/dom.js';
import { click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';
import { taken } from '../../support/group.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

const flowerRoot = (el: Element) => deepQuery(el, 'seeds-flower')!.shadowRoot!;

/** A response in which every statement got `value`, except the given overrides. */
function responseWith(
  value: 1 | 2 | 3 | 4 | 5,
  overrides: Record<string, 1 | 2 | 3 | 4 | 5 | null> = {},
  role: SeedsResponse['respondent']['role'] = null,
) {
  const answers = Object.fromEntries(DEFAULT_MODEL.factors.map((f) => [`${f.id}.1`, value]));
  return buildResponse({
    id: crypto.randomUUID(),
    model: DEFAULT_MODEL,
    instrument: 'quick',
    locale: 'en',
    community: 'group-test',
    role,
    answers: { ...answers, ...overrides },
    startedAt: new Date('2026-11-01T10:00:00Z'),
    completedAt: new Date('2026-11-01T10:03:00Z'),
  });
}

describe('<seeds-of-innovation> group view', () => {
  it('shows the group flower with spread, respondents, what to discuss first and a table', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    // reputation: everyone agrees it is weak; together: people disagree widely (1 vs 5)
    el.results = [
      responseWith(4, { 'reputation.1': 1, 'together.1': 1 }, 'business'),
      responseWith(4, { 'reputation.1': 1, 'together.1': 5 }, 'education'),
      responseWith(4, { 'reputation.1': 2, 'together.1': 1 }),
      responseWith(4, { 'reputation.1': 1, 'together.1': 5 }, 'business'),
    ];
    await taken(el);
    const group = deepQuery(el, 'seeds-group')!.shadowRoot!;
    expect(group.querySelector('[data-respondents]')!.textContent).to.contain('4 answers in');
    const listed = (list: string) =>
      [...group.querySelectorAll(`[data-list="${list}"] li`)].map((li) => li.getAttribute('data-factor'));
    expect(listed('lowest')[0]).to.equal('reputation');
    expect(listed('disagreements')).to.deep.equal(['together']);
    const petal = flowerRoot(el).querySelector('[data-factor="reputation"][data-score]')!;
    expect(Number(petal.getAttribute('data-score'))).to.be.closeTo(6.25, 0.01);
    expect(flowerRoot(el).querySelector('[data-spread="together"]')).to.exist;
    expect(flowerRoot(el).querySelector('.respondents')!.textContent).to.contain('4');
    const row = group.querySelector('tr[data-factor="together"]')!;
    expect(row.querySelectorAll('td')[0].textContent).to.equal('4');
    // two business respondents are fewer than min-group (3): no column for them
    expect(group.querySelectorAll('.roles th[data-role]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says when the answers come from different versions or lengths of the questionnaire', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    const full = buildResponse({
      id: crypto.randomUUID(),
      model: DEFAULT_MODEL,
      instrument: 'full',
      locale: 'en',
      community: 'group-test',
      role: null,
      answers: Object.fromEntries(DEFAULT_MODEL.factors.flatMap((f) => f.items.map((i) => [i.id, 5]))),
      startedAt: new Date('2026-11-01T10:00:00Z'),
      completedAt: new Date('2026-11-01T10:08:00Z'),
    });
    el.results = [responseWith(4), responseWith(4), full];
    await settle(el);
    const group = deepQuery(el, 'seeds-group')!.shadowRoot!;
    expect(group.querySelector('.partial')!.textContent).to.contain('count only the 12 statements');
    el.results = [responseWith(4), responseWith(2)];
    await settle(el);
    expect(group.querySelector('.partial')).to.equal(null);
  });

  it('leaves out unreadable results and reports them', async () => {
    expectSeedsErrors('invalid-results');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="nl" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    const error = oneEvent(el, 'seeds-error') as Promise<SeedsErrorEvent>;
    el.results = [responseWith(3), { schema: 'nope' }, 'garbage', responseWith(3), responseWith(3)] as never;
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-results');
    expect(detail.message).to.contain('results[1]');
    await taken(el);
    const group = deepQuery(el, 'seeds-group')!.shadowRoot!;
    expect(group.textContent).to.contain('2 antwoorden konden niet worden gelezen');
    expect(group.textContent).to.contain('3 antwoorden binnen');
  });

  it('says so when there are no results', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" view="group" community=${unique('g')}></seeds-of-innovation>`,
    );
    await settle(el);
    expect(deepQuery(el, 'seeds-group')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'No answers from the group yet',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<seeds-of-innovation> history', () => {
  it('shows measurements over time with the change, and "last time you planned"', async () => {
    const community = unique('history');
    const el = await mountWidget({ lang: 'en', community });
    await completeQuestionnaire(el, 1); // disagree everywhere: 25
    await settle(el);
    const agenda = deepQuery(el, 'seeds-agenda')!.shadowRoot!;
    const what = agenda.querySelector<HTMLInputElement>('input[name="commitment-what"]')!;
    what.value = 'Kick-off with every partner';
    what.dispatchEvent(new Event('input'));
    await el.saved();

    await click(el, 'Start a new measurement');
    await completeQuestionnaire(el, 3); // agree everywhere: 75
    await settle(el);
    // the ghost of the previous measurement is drawn, and last time's plan is shown
    expect(flowerRoot(el).querySelector('[data-ghost="commitment"]')).to.exist;
    const previous = deepQuery(el, 'seeds-agenda')!.shadowRoot!.querySelector('.previous')!;
    expect(previous.textContent).to.contain('Last time you planned:');
    expect(previous.textContent).to.contain('Kick-off with every partner');

    await click(el, 'Earlier measurements');
    const history = deepQuery(el, 'seeds-history')!.shadowRoot!;
    const row = history.querySelector('tr[data-factor="commitment"]')!;
    // The change comes first, then the measurements oldest to newest.
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '▲ higher +50',
      '25',
      '75',
    ]);
    await expect(el).to.be.accessible();

    // opening the older measurement shows its results
    const buttons = [...history.querySelectorAll<HTMLButtonElement>('.measurements button')];
    expect(buttons).to.have.length(2);
    buttons[1].click();
    await settle(el);
    await until(() => deepQuery(el, 'seeds-results'));
    const score = flowerRoot(el).querySelector('[data-factor="commitment"][data-score]')!.getAttribute('data-score');
    expect(score).to.equal('25');
  });

  it('view="history" without measurements says there are none', async () => {
    const el = await mountWidget({ lang: 'nl', community: unique('empty'), view: 'history' });
    expect(deepQuery(el, 'seeds-history')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Nog geen metingen');
  });
});
