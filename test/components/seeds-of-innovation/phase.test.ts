import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SeedsCompleteEvent, SeedsOfInnovation } from '../../../src/index.js';
import { deepActiveElement, deepQuery, deepQueryAll, until } from '../../support/dom.js';
import { click, completeQuestionnaire, mountWidget, settle } from '../../support/widget.js';
import { unique } from '../../support/data.js';

const phaseInputs = (el: Element) => deepQueryAll<HTMLInputElement>(el, 'input[name="phase"]');
const checkedLabel = (el: Element) =>
  phaseInputs(el)
    .filter((i) => i.checked)
    .map((i) => i.closest('label')!.textContent!.trim());
const history = (el: Element) => deepQuery(el, 'seeds-history')!.shadowRoot!;
const results = (el: Element) => deepQuery(el, 'seeds-results')!.shadowRoot!;

/** Opens the step with the role and phase questions. */
async function toAboutStep(el: SeedsOfInnovation): Promise<void> {
  await click(el, /^(Start|Beginnen|Continue where you left off|Ga verder waar je was gebleven)$/);
  await until(() => phaseInputs(el).length > 0, 'the phase question');
}

/** One measurement: the phase chosen by option index (5 = don't know, -1 = not answered), then agree everywhere. */
async function measure(el: SeedsOfInnovation, phase: number): Promise<SeedsCompleteEvent> {
  await toAboutStep(el);
  if (phase >= 0) phaseInputs(el)[phase].click();
  await settle(el);
  await click(el, /^(Back|Vorige)$/);
  const completed = oneEvent(el, 'seeds-complete') as Promise<SeedsCompleteEvent>;
  await completeQuestionnaire(el, 3);
  const event = await completed;
  await settle(el);
  return event;
}

describe('<seeds-of-innovation> phase of the community', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`asks the phase beside the role, optional, by keyboard, accessible (${lang})`, async () => {
      const el = await mountWidget({ lang, community: unique('phase') });
      await toAboutStep(el);
      const group = deepQuery(el, 'fieldset[aria-labelledby="phase-legend"]')!;
      const legend = group.querySelector('legend')!.textContent!;
      expect(legend).to.contain(lang === 'en' ? 'Which phase' : 'In welke fase');
      expect(phaseInputs(el).map((i) => i.closest('label')!.textContent!.trim())).to.deep.equal(
        lang === 'en'
          ? ['Starting', 'Growing', 'Consolidating', 'Ending', 'Renewing', "Don't know"]
          : ['Startend', 'Groeiend', 'Consoliderend', 'Afrondend', 'Vernieuwend', 'Weet ik niet'],
      );
      expect(phaseInputs(el).some((i) => i.checked)).to.equal(false);
      phaseInputs(el)[0].focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(deepActiveElement()).to.equal(phaseInputs(el)[1]);
      expect(checkedLabel(el)).to.deep.equal([lang === 'en' ? 'Growing' : 'Groeiend']);
      await expect(el).to.be.accessible();
    });
  }

  it('survives a reload, and keeps "Don\'t know" apart from not answered', async () => {
    const community = unique('phase-reload');
    const first = await mountWidget({ lang: 'en', community });
    await toAboutStep(first);
    phaseInputs(first)[2].click(); // Consolidating
    await settle(first);
    await first.saved();
    first.remove();

    const second = await mountWidget({ lang: 'en', community });
    expect(checkedLabel(second)).to.deep.equal(['Consolidating']);
    phaseInputs(second)[5].click(); // Don't know
    await settle(second);
    await second.saved();
    second.remove();

    const third = await mountWidget({ lang: 'en', community });
    expect(checkedLabel(third)).to.deep.equal(["Don't know"]);
  });

  it('goes into the response when a phase is chosen, and is left out for "Don\'t know" or no answer', async () => {
    const el = await mountWidget({ lang: 'en', community: unique('phase-payload') });
    const chosen = await measure(el, 3);
    expect(chosen.detail.response.phase).to.equal('ending');
    await click(el, 'Start a new measurement');
    const unknown = await measure(el, 5);
    expect('phase' in unknown.detail.response).to.equal(false);
    await click(el, 'Start a new measurement');
    const skipped = await measure(el, -1);
    expect('phase' in skipped.detail.response).to.equal(false);
  });

  it("history shows each measurement's phase, says when it changed, and invites a new measurement", async () => {
    const el = await mountWidget({ lang: 'en', community: unique('phase-history') });
    await measure(el, 1); // Growing
    await click(el, 'Start a new measurement');
    await measure(el, 1); // Growing again: no change
    expect(results(el).querySelector('[data-phase-change]') === null, 'same phase, no change line').to.equal(true);
    await click(el, 'Start a new measurement');
    await measure(el, 2); // Consolidating
    const line = results(el).querySelector('[data-phase-change]')!;
    expect(line.textContent).to.contain('it was growing, now it is consolidating');

    await click(el, 'Earlier measurements');
    const root = history(el);
    const row = [...root.querySelectorAll('tr[data-row="phase"] td')].map((td) => td.textContent!.trim());
    expect(row).to.deep.equal(['', 'growing', 'growing', 'consolidating']);
    expect(root.querySelector('[data-phase-change="growing>consolidating"]')).to.exist;
    expect(root.querySelector('[data-phase-prompt]')!.textContent).to.contain(
      'When your learning community enters a new phase, measure again',
    );
    await expect(el).to.be.accessible();
  });

  it('in Dutch too, with the prompt even before a phase was given', async () => {
    const el = await mountWidget({ lang: 'nl', community: unique('phase-nl') });
    await measure(el, -1);
    await click(el, 'Eerdere metingen');
    const root = history(el);
    expect(root.querySelector('tr[data-row="phase"]') === null, 'no phase row without phases').to.equal(true);
    expect(root.querySelector('[data-phase-prompt]')!.textContent).to.contain(
      'Breekt er voor jullie learning community',
    );
    await expect(el).to.be.accessible();
  });
});
