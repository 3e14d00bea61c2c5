import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { SeedsOfInnovation, DEFAULT_MODEL, type SeedsErrorEvent } from '../../../src/index.js';
import { defineElement } from '../../../src/internal/define.js';
import { deepQuery, deepQueryAll } from '../../support/dom.js';
import { buttonNamed, settle } from '../../support/widget.js';
import { expectSeedsErrors } from '../../support/seeds-errors.js';

let n = 0;
const community = () => `test-attr-${Date.now()}-${n++}`;

/** Captures console.warn calls while `fn` runs. */
async function captureWarnings(fn: () => Promise<void>): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return calls;
}

const headingText = (el: Element) => deepQuery(el, 'h2')?.textContent?.trim();

describe('<seeds-of-innovation> attributes', () => {
  it('defaults to Dutch and the quick instrument', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation community=${community()}></seeds-of-innovation>`,
    );
    await settle(el);
    expect(headingText(el)).to.equal('Hoe staat jullie learning community ervoor?');
    expect(deepQuery(el, 'section')!.textContent).to.contain('12 stellingen');
  });

  it('follows the document language when lang is absent', async () => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      const el = await fixture<SeedsOfInnovation>(
        html`<seeds-of-innovation community=${community()}></seeds-of-innovation>`,
      );
      await settle(el);
      expect(headingText(el)).to.equal('How is your learning community doing?');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('switches language live, keeping the step and answers', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="nl" community=${community()}></seeds-of-innovation>`,
    );
    await settle(el);
    buttonNamed(el, 'Beginnen').click();
    await settle(el);
    deepQueryAll<HTMLInputElement>(el, 'input[name="role"]')[1].click();
    await settle(el);
    el.lang = 'en';
    await settle(el);
    expect(headingText(el)).to.equal('About you');
    expect(deepQueryAll<HTMLInputElement>(el, 'input[name="role"]')[1].checked).to.equal(true);
    expect(deepQuery(el, 'legend')!.textContent).to.contain('Which kind of organisation');
  });

  it('shows 36 statements in the intro for the full instrument', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" instrument="full" community=${community()}></seeds-of-innovation>`,
    );
    await settle(el);
    expect(deepQuery(el, 'section')!.textContent).to.contain('36 statements');
  });

  it('falls back from lang="xx" with seeds-error, a console warning, and no throw', async () => {
    expectSeedsErrors('invalid-lang');
    const el = document.createElement('seeds-of-innovation') as SeedsOfInnovation;
    el.setAttribute('community', community());
    el.setAttribute('lang', 'xx');
    const errors: SeedsErrorEvent[] = [];
    document.addEventListener('seeds-error', (e) => errors.push(e));
    const warnings = await captureWarnings(async () => {
      document.body.append(el);
      await settle(el);
    });
    el.remove();
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-lang']);
    expect(errors[0].detail.message).to.contain('lang="xx"');
    expect(errors[0].composed).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(headingText(el)).to.equal('Hoe staat jullie learning community ervoor?');
  });

  it('falls back from instrument="long" to quick with seeds-error', async () => {
    expectSeedsErrors('invalid-instrument');
    const el = document.createElement('seeds-of-innovation') as SeedsOfInnovation;
    el.setAttribute('community', community());
    el.setAttribute('lang', 'en');
    el.setAttribute('instrument', 'long');
    const event = oneEvent(el, 'seeds-error');
    let warnings: unknown[][] = [];
    warnings = await captureWarnings(async () => {
      document.body.append(el);
      await settle(el);
    });
    const { detail } = (await event) as SeedsErrorEvent;
    el.remove();
    expect(detail.code).to.equal('invalid-instrument');
    expect(detail.message).to.contain('instrument="long"');
    expect(warnings).to.have.length(1);
    expect(deepQuery(el, 'section')!.textContent).to.contain('12 statements');
  });

  it('warns once in the console for the same problem repeated', async () => {
    expectSeedsErrors('invalid-instrument');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" community=${community()}></seeds-of-innovation>`,
    );
    const codes: string[] = [];
    el.addEventListener('seeds-error', (e) => codes.push(e.detail.code));
    const warnings = await captureWarnings(async () => {
      el.instrument = 'long' as never;
      await settle(el);
      el.instrument = 'quick';
      await settle(el);
      el.instrument = 'long' as never;
      await settle(el);
    });
    expect(codes).to.deep.equal(['invalid-instrument', 'invalid-instrument']);
    expect(warnings).to.have.length(1);
  });

  it('rejects an invalid model with a message that names what is wrong, and keeps the built-in model', async () => {
    expectSeedsErrors('invalid-model');
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" community=${community()}></seeds-of-innovation>`,
    );
    const event = oneEvent(el, 'seeds-error');
    await captureWarnings(async () => {
      el.model = { factors: [{ id: 'Bad Id', group: 'peple', content: {}, items: [] }] } as never;
      await settle(el);
    });
    const { detail } = (await event) as SeedsErrorEvent;
    expect(detail.code).to.equal('invalid-model');
    expect(detail.message).to.contain('factors[0].id');
    expect(detail.message).to.contain('factors[0].group: "peple"');
    expect(deepQuery(el, 'section')!.textContent).to.contain('12 statements');
  });

  it('uses a valid host model', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" community=${community()}></seeds-of-innovation>`,
    );
    const text = { nl: 'Wij delen kennis.', en: 'We share knowledge.' };
    el.model = {
      factors: [
        {
          id: 'sharing',
          group: 'people',
          content: { nl: { title: 'Delen' }, en: { title: 'Sharing' } },
          items: [{ id: 'sharing.1', text }],
        },
        {
          id: 'trust',
          group: 'process',
          content: { nl: { title: 'Vertrouwen' }, en: { title: 'Trust' } },
          items: [{ id: 'trust.1', text }],
        },
      ],
    };
    await settle(el);
    expect(deepQuery(el, 'section')!.textContent).to.contain('2 statements');
  });

  it('never fires events when the host sets valid properties', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="nl" community=${community()}></seeds-of-innovation>`,
    );
    const fired: string[] = [];
    for (const type of ['seeds-answer', 'seeds-complete', 'seeds-error'])
      el.addEventListener(type, () => fired.push(type));
    el.lang = 'en';
    el.instrument = 'full';
    el.model = DEFAULT_MODEL;
    await settle(el);
    expect(fired).to.deep.equal([]);
  });

  it('registering the element twice is harmless', async () => {
    class Other extends HTMLElement {}
    const warnings = await captureWarnings(async () => {
      defineElement('seeds-of-innovation', SeedsOfInnovation, '0.1.0');
      defineElement('seeds-of-innovation', Other, '9.9.9');
    });
    expect(customElements.get('seeds-of-innovation')).to.equal(SeedsOfInnovation);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('9.9.9');
    // importing the define module again does nothing either
    await import('../../../src/define.js');
    expect(customElements.get('seeds-of-innovation')).to.equal(SeedsOfInnovation);
  });
});

describe('<seeds-of-innovation readonly>', () => {
  it('shows the questionnaire without letting answers change, and hides the tools', async () => {
    const el = await fixture<SeedsOfInnovation>(
      html`<seeds-of-innovation lang="en" readonly community=${community()}></seeds-of-innovation>`,
    );
    await settle(el);
    expect(deepQuery(el, '[part="tools"]')).to.equal(null);
    buttonNamed(el, 'Start').click();
    await settle(el);
    buttonNamed(el, 'Next').click();
    await settle(el);
    const radios = deepQueryAll<HTMLInputElement>(el, 'fieldset[data-item] input');
    expect(radios.length).to.equal(12);
    expect(radios.every((r) => r.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
    // no warnings about unanswered statements, and no way to complete a measurement
    for (let step = 2; step <= 5; step++) {
      buttonNamed(el, 'Next').click();
      await settle(el);
    }
    expect(deepQuery(el, '[role="alert"]')).to.equal(null);
    expect(deepQueryAll(el, 'button').map((b) => b.textContent!.trim())).to.not.include('Finish');
  });
});
