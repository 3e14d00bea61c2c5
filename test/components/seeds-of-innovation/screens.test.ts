import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { trendY } from '../../../src/components/history/trend.js';
import { deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { emulateMedia, inFirefox, itChromium } from '../../support/engines.js';
import { buttonNamed, click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

/** The primary buttons a participant can see (a closed dialog's do not count). */
const visiblePrimaries = (el: Element) =>
  deepQueryAll<HTMLButtonElement>(el, 'button.primary').filter((b) => b.checkVisibility());

/** Everything that is a control, in every shadow root. */
const CONTROLS = 'button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

const history = (el: Element) => deepQuery(el, 'seeds-history')!.shadowRoot!;

describe('<seeds-of-innovation> screens', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('has exactly one primary action on every screen', async function () {
    this.timeout(30000);
    const el = await mountWidget({ lang: 'en', community: unique('primary') });
    const count = () => visiblePrimaries(el).map((b) => b.textContent!.trim());
    expect(count(), 'intro').to.deep.equal(['Start']);
    await click(el, 'Start');
    expect(count(), 'role step').to.deep.equal(['Next']);
    el.view = 'results';
    await settle(el);
    expect(count(), 'results, empty').to.deep.equal(['To the questionnaire']);
    el.view = 'questionnaire';
    await settle(el);
    await click(el, 'Back');
    await completeQuestionnaire(el, 2);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    expect(count(), 'results').to.deep.equal(['Copy']);
    await click(el, 'Earlier measurements');
    expect(count(), 'history').to.deep.equal(['Start a new measurement']);
  });

  it('shows "delete my data" as a quiet link in "your data", only when something is stored', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('data') });
    expect(deepQuery(el, '[data-action="delete"]')).to.equal(null);
    expect(deepQuery(el, '.your-data')).to.equal(null);
    await click(el, 'Start');
    const link = buttonNamed(el, 'Delete my data on this device');
    expect(link.classList.contains('link')).to.equal(true);
    expect(link.classList.contains('primary')).to.equal(false);
    const section = link.closest('section.your-data')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Your data');
    // Quiet: no button border, unlike the buttons beside it.
    expect(getComputedStyle(link).borderTopStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });

  for (const [view, heading, action] of [
    ['results', 'No flower yet', 'To the questionnaire'],
    ['history', 'No measurements yet', 'Start a measurement'],
    ['group', 'No answers from the group yet', null],
  ] as const) {
    it(`has an empty state for ${view}: heading, ghost flower, one main action`, async () => {
      const el = await mountWidget({ lang: 'en', community: unique(`empty-${view}`), view });
      const empty = deepQuery(el, 'section.empty')!;
      expect(empty.querySelector('h2')!.textContent).to.equal(heading);
      const ghost = empty.querySelector('svg.ghost-flower')!;
      expect(ghost.getAttribute('aria-hidden')).to.equal('true');
      expect(ghost.querySelectorAll('path')).to.have.length(12);
      const primaries = [...empty.querySelectorAll<HTMLButtonElement>('button.primary')];
      expect(primaries.map((b) => b.textContent!.trim())).to.deep.equal(action ? [action] : []);
      await expect(el).to.be.accessible();
      if (action) {
        primaries[0].click();
        await settle(el);
        expect(el.view).to.equal('questionnaire');
      }
    });
  }

  it('tells same-day measurements apart, shows the change first with ▲/▼ and a true minus, and a trend per factor', async function () {
    this.timeout(60000);
    const el = await mountWidget({ lang: 'en', community: unique('same-day') });
    await completeQuestionnaire(el, 1); // 25 everywhere
    await click(el, 'Start a new measurement');
    await completeQuestionnaire(el, 3); // 75
    await click(el, 'Earlier measurements');
    // Two measurements: a table, no trend yet.
    expect(history(el).querySelector('.trend')).to.equal(null);
    await click(el, 'Start a new measurement');
    await completeQuestionnaire(el, (item) => (item === 'commitment.1' ? 0 : 4)); // 0 and 100
    await click(el, 'Earlier measurements');
    const root = history(el);
    const heads = [...root.querySelectorAll('thead th[data-id]')].map((th) => th.textContent!.trim());
    expect(heads).to.have.length(3);
    expect(new Set(heads).size, heads.join(' | ')).to.equal(3);
    const buttons = [...root.querySelectorAll('.measurements button')].map((b) => b.textContent!.trim());
    expect(new Set(buttons).size).to.equal(3);
    // The change column comes right after the factor's name.
    const firstHead = root.querySelector('thead th:nth-child(2)')!;
    expect(firstHead.classList.contains('change')).to.equal(true);
    const down = root.querySelector('tr[data-factor="commitment"] td.change')!;
    expect(down.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▼ lower \u221275');
    expect(down.getAttribute('data-direction')).to.equal('down');
    const up = root.querySelector('tr[data-factor="reputation"] td.change')!;
    expect(up.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▲ higher +25');
    expect(getComputedStyle(down).color).to.not.equal(getComputedStyle(up).color);
    // The intro names the earlier measurement as drawn: a dashed line.
    expect(root.querySelector('p')!.textContent).to.contain('dashed line');
    const ghost = deepQuery(el, 'seeds-history')!
      .shadowRoot!.querySelector('seeds-flower')!
      .shadowRoot!.querySelector('.ghost')!;
    expect(getComputedStyle(ghost).strokeDasharray).to.not.equal('none');
    // Twelve small multiples on a fixed 0–100 scale, in the group colours.
    const multiples = [...root.querySelectorAll<HTMLElement>('.trend li.multiple')];
    expect(multiples).to.have.length(12);
    const commitment = root.querySelector('.trend li[data-factor="commitment"]')!;
    const dots = [...commitment.querySelectorAll('circle.dot')].map((c) => Number(c.getAttribute('cy')));
    expect(dots).to.deep.equal([trendY(25), trendY(75), trendY(0)]);
    const reputationTop = root.querySelector('.trend li[data-factor="reputation"] circle.dot:last-of-type')!;
    expect(Number(reputationTop.getAttribute('cy'))).to.equal(trendY(100));
    const line = commitment.querySelector('polyline')!;
    const arc = deepQuery(el, 'seeds-history')!
      .shadowRoot!.querySelector('seeds-flower')!
      .shadowRoot!.querySelector('path.group-arc[data-group="people"]')!;
    expect(getComputedStyle(line).stroke).to.equal(getComputedStyle(arc).fill);
    expect(commitment.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();

    // Printed, the history keeps the flower and the figures but no control (print emulation: Chromium only).
    if (inFirefox) return;
    await emulateMedia({ media: 'print' });
    const printed = deepQueryAll<HTMLElement>(el, CONTROLS).filter((c) => c.checkVisibility() && !c.matches('.scroll'));
    expect(printed.map((c) => `${c.tagName.toLowerCase()} ${c.textContent?.trim().slice(0, 30)}`)).to.deep.equal([]);
    expect(root.querySelector('table')!.checkVisibility()).to.equal(true);
  });

  itChromium('prints nothing that is a control on the results page', async function () {
    this.timeout(30000);
    const el = await mountWidget({ lang: 'en', community: unique('print') });
    await completeQuestionnaire(el, 2);
    await until(() => deepQuery(el, 'seeds-results'), 'results');
    const controls = deepQueryAll<HTMLElement>(el, CONTROLS);
    expect(controls.length).to.be.greaterThan(10);
    expect(controls.filter((c) => c.checkVisibility()).length).to.be.greaterThan(10);
    await emulateMedia({ media: 'print' });
    const printed = controls.filter((c) => c.checkVisibility());
    expect(printed.map((c) => `${c.tagName.toLowerCase()} ${c.textContent?.trim().slice(0, 30) ?? ''}`)).to.deep.equal(
      [],
    );
    // The flower itself is printed.
    expect(deepQuery(el, 'seeds-flower')!.shadowRoot!.querySelector('svg[role="img"]')!.checkVisibility()).to.equal(
      true,
    );
  });
});
