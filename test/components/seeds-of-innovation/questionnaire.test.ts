import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import type { SeedsAnswerEvent, SeedsCompleteEvent } from '../../../src/index.js';
import { deepActiveElement, deepQuery, deepQueryAll } from '../../support/dom.js';
import { settle } from '../../support/widget.js';

let counter = 0;
const community = () => `test-q-${Date.now()}-${counter++}`;

async function mount(lang: 'nl' | 'en', instrument = 'quick'): Promise<SeedsOfInnovation> {
  const el = await fixture<SeedsOfInnovation>(
    html`<seeds-of-innovation lang=${lang} instrument=${instrument} community=${community()}></seeds-of-innovation>`,
  );
  await settle(el);
  return el;
}

function buttons(el: Element): HTMLButtonElement[] {
  return deepQueryAll<HTMLButtonElement>(el, 'button');
}
function button(el: Element, name: string): HTMLButtonElement {
  const found = buttons(el).find((b) => b.textContent?.trim() === name);
  if (!found)
    throw new Error(
      `No button "${name}" among ${buttons(el)
        .map((b) => b.textContent?.trim())
        .join(', ')}`,
    );
  return found;
}
function radiogroups(el: Element): HTMLFieldSetElement[] {
  return deepQueryAll<HTMLFieldSetElement>(el, 'fieldset[role="radiogroup"]');
}

describe('<seeds-of-innovation> questionnaire', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`is accessible at every step in ${lang}`, async function () {
      // Seven axe runs over the full instrument: well over the default 10 s on a busy two-core machine.
      this.timeout(40000);
      const el = await mount(lang, 'full');
      await expect(el).to.be.accessible();
      button(el, lang === 'nl' ? 'Beginnen' : 'Start').click();
      await settle(el);
      for (let step = 1; step <= 6; step++) {
        await expect(el).to.be.accessible();
        // answer everything on this step so the next click goes on
        for (const group of radiogroups(el)) group.querySelector<HTMLInputElement>('input')!.click();
        await settle(el);
        button(el, step === 6 ? (lang === 'nl' ? 'Afronden' : 'Finish') : lang === 'nl' ? 'Volgende' : 'Next').click();
        await settle(el);
      }
      await expect(el).to.be.accessible();
      expect(deepQuery(el, 'table')).to.exist;
    });
  }

  it('names each statement group by its statement and each option by its label', async () => {
    const el = await mount('en');
    button(el, 'Start').click();
    await settle(el);
    button(el, 'Next').click();
    await settle(el);
    const groups = radiogroups(el);
    expect(groups).to.have.length(2); // the people group: factors 1 and 2
    const legend = groups[0].querySelector('legend')!;
    expect(groups[0].getAttribute('aria-labelledby')).to.equal(legend.id);
    const labels = [...groups[0].querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree', "Don't know"]);
  });

  it('offers the Dutch option labels', async () => {
    const el = await mount('nl');
    button(el, 'Beginnen').click();
    await settle(el);
    button(el, 'Volgende').click();
    await settle(el);
    const labels = [...radiogroups(el)[0].querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens', 'Weet ik niet']);
  });

  it('can be completed with the keyboard alone and fires seeds-answer and seeds-complete', async () => {
    const el = await mount('en');
    const answers: SeedsAnswerEvent['detail'][] = [];
    el.addEventListener('seeds-answer', (e) => answers.push(e.detail));
    let completed: SeedsCompleteEvent | undefined;
    el.addEventListener('seeds-complete', (e) => (completed = e));

    for (let i = 0; i < 400 && !completed; i++) {
      await sendKeys({ press: 'Tab' });
      await settle(el);
      const active = deepActiveElement();
      if (active instanceof HTMLInputElement && active.type === 'radio' && active.name !== 'role') {
        // Arrow keys move and check within a native radio group: "Agree" is three to the right of the first.
        for (let k = 0; k < 3; k++) await sendKeys({ press: 'ArrowRight' });
      } else if (active instanceof HTMLButtonElement && /^(Start|Next|Finish)$/.test(active.textContent!.trim())) {
        await sendKeys({ press: 'Enter' });
      }
      await settle(el);
    }
    expect(completed, 'seeds-complete fired').to.exist;
    const { response } = completed!.detail;
    expect(completed!.bubbles && completed!.composed).to.equal(true);
    expect(response.answers).to.have.length(12);
    expect(response.answers.every((a) => a.value === 4)).to.equal(true);
    expect(Object.values(response.scores).every((s) => s === 75)).to.equal(true);
    expect(response.instrument).to.equal('quick');
    expect(response.locale).to.equal('en');
    expect(response.respondent.role).to.equal(null);
    expect(response.schema).to.equal('seeds-of-innovation/response');
    expect(response.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // every change fired seeds-answer; the last one per item is "agree"
    expect(answers.length).to.be.at.least(12);
    expect(answers.at(-1)).to.deep.include({ item: 'system-innovation.1', factor: 'system-innovation', value: 4 });
    // the results table shows the scores
    const cells = deepQueryAll(el, 'tbody td.num').map((td) => td.textContent?.trim());
    expect(cells).to.deep.equal(Array(12).fill('75'));
  });

  it('warns gently about unanswered statements, then lets the participant skip them', async () => {
    const el = await mount('en');
    let completed: SeedsCompleteEvent | undefined;
    el.addEventListener('seeds-complete', (e) => (completed = e));
    button(el, 'Start').click();
    await settle(el);
    button(el, 'Next').click(); // role question is optional: no warning
    await settle(el);
    expect(deepQuery(el, '[role="alert"]')).to.equal(null);
    button(el, 'Next').click();
    await settle(el);
    const alert = deepQuery(el, '[role="alert"]');
    expect(alert?.textContent).to.contain('You have not answered 2 statements');
    const open = radiogroups(el).filter((g) => g.classList.contains('unanswered'));
    expect(open).to.have.length(2);
    expect(open[0].querySelector('.hint')!.textContent).to.equal('Not answered yet');
    expect(open[0].getAttribute('aria-describedby')).to.equal(open[0].querySelector('.hint')!.id);
    expect(deepQuery(el, 'h2')!.textContent).to.equal('People'); // still on the same step
    for (let step = 2; step <= 6; step++) {
      if (step > 2) {
        button(el, step === 6 ? 'Finish' : 'Next').click();
        await settle(el);
        expect(deepQuery(el, '[role="alert"]'), `warning on step ${step}`).to.exist;
      }
      button(el, 'Continue anyway').click();
      await settle(el);
    }
    expect(completed).to.exist;
    expect(completed!.detail.response.answers.every((a) => a.value === null)).to.equal(true);
    expect(Object.values(completed!.detail.response.scores).every((s) => s === null)).to.equal(true);
    expect(deepQueryAll(el, 'tbody td.num').map((td) => td.textContent?.trim())).to.deep.equal(
      Array(12).fill('not assessed'),
    );
  });

  it('goes back without losing answers', async () => {
    const el = await mount('en');
    button(el, 'Start').click();
    await settle(el);
    button(el, 'Next').click();
    await settle(el);
    radiogroups(el)[0].querySelectorAll<HTMLInputElement>('input')[4].click();
    await settle(el);
    button(el, 'Back').click();
    await settle(el);
    expect(deepQuery(el, 'h2')!.textContent).to.equal('About you');
    button(el, 'Next').click();
    await settle(el);
    expect(radiogroups(el)[0].querySelectorAll<HTMLInputElement>('input')[4].checked).to.equal(true);
  });

  it('records the respondent role in the response', async () => {
    const el = await mount('en');
    let completed: SeedsCompleteEvent | undefined;
    el.addEventListener('seeds-complete', (e) => (completed = e));
    button(el, 'Start').click();
    await settle(el);
    const education = deepQueryAll<HTMLInputElement>(el, 'input[name="role"]').find((i) => i.value === 'education')!;
    education.click();
    await settle(el);
    for (let step = 1; step <= 6; step++) {
      for (const group of radiogroups(el))
        if (group.dataset.item) group.querySelectorAll<HTMLInputElement>('input')[1].click();
      await settle(el);
      button(el, step === 6 ? 'Finish' : 'Next').click();
      await settle(el);
    }
    expect(completed!.detail.response.respondent.role).to.equal('education');
    expect(completed!.detail.response.scores.commitment).to.equal(25);
  });

  it('shows 36 statements with the full instrument', async () => {
    const el = await mount('nl', 'full');
    button(el, 'Beginnen').click();
    await settle(el);
    let total = 0;
    for (let step = 1; step <= 6; step++) {
      total += radiogroups(el).filter((g) => g.dataset.item).length;
      for (const group of radiogroups(el)) group.querySelector<HTMLInputElement>('input')!.click();
      await settle(el);
      button(el, step === 6 ? 'Afronden' : 'Volgende').click();
      await settle(el);
    }
    expect(total).to.equal(36);
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <seeds-of-innovation lang="nl" community=${community()}></seeds-of-innovation>
      </div>`,
    );
    const el = wrapper.querySelector('seeds-of-innovation') as SeedsOfInnovation;
    await settle(el);
    button(el, 'Beginnen').click();
    await settle(el);
    button(el, 'Volgende').click();
    await settle(el);
    const q = deepQuery<HTMLElement>(el, 'seeds-questionnaire')!;
    expect(q.scrollWidth).to.be.at.most(320);
    for (const fieldset of radiogroups(el))
      expect(fieldset.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });
});
