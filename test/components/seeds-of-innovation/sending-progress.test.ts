import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
// The results view and all texts are there before "Finish", as once they were fetched ahead in idle
// time: this test is about what is said from "Finish" on, not about loading (see cdn-split.test.mjs).
import '../../../src/components/results/define.js';
import '../../../src/components/agenda/define.js';
import '../../support/languages.js';
import type { SeedsOfInnovation } from '../../../src/index.js';
import { DeferredFetch } from '../../support/clock.js';
import { deepQuery, deepQueryAll } from '../../support/dom.js';
import { click, mountWidget, settle, statementGroups } from '../../support/widget.js';
import { unique } from '../../support/data.js';

/** Answers every statement and stops before "Finish". */
async function answerAll(el: SeedsOfInnovation): Promise<HTMLButtonElement> {
  await click(el, 'Start');
  for (let step = 0; step < 10; step++) {
    for (const group of statementGroups(el)) group.querySelectorAll<HTMLInputElement>('input')[3].click();
    await settle(el);
    const finish = deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Finish');
    if (finish) return finish;
    await click(el, 'Next');
  }
  throw new Error('never reached the finish button');
}

const region = (el: SeedsOfInnovation) => el.shadowRoot!.querySelector('.notice-region[role="status"]')!;
/** Every live region of the widget that says `text`, through shadow roots. */
const liveSaying = (el: Element, text: string) =>
  deepQueryAll(el, '[role="status"], [aria-live]').filter((r) => r.textContent!.includes(text));

describe('<seeds-of-innovation> while sending', () => {
  for (const [label, community] of [
    ['a slow endpoint', unique('slow')],
    ['a community name of 1,000,000 characters', `${unique('huge')}${'x'.repeat(1_000_000)}`],
  ] as const) {
    it(`says "Sending your answers…" from "Finish" until the answer, once, with ${label}`, async () => {
      const endpoint = 'https://collector.example/api/responses';
      const el = await mountWidget({ lang: 'en', community, endpoint, consent: 'given' });
      const finish = await answerAll(el);
      const live = region(el);
      // The widget's POSTs wait until the test answers them.
      const deferred = new DeferredFetch();
      const original = window.fetch;
      window.fetch = deferred.fetch;
      try {
        finish.click();
        await el.updateComplete;
        // Straight after "Finish", before the response is even stored and POSTed.
        expect(deferred.calls).to.have.length(0);
        const line = deepQuery(el, '[part="delivery"]')!;
        expect(line.getAttribute('aria-busy')).to.equal('true');
        expect(line.textContent).to.contain('Sending your answers…');
        // Announced by the region that was there before "Finish" (not one inserted with its text), and by no other.
        expect(region(el)).to.equal(live);
        expect(live.textContent).to.contain('Sending your answers…');
        expect(liveSaying(el, 'Sending your answers…')).to.deep.equal([live]);

        const post = await deferred.call(0);
        await settle(el);
        expect(post.url).to.equal(endpoint);
        expect(deepQuery(el, '[part="delivery"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(liveSaying(el, 'Sending your answers…')).to.deep.equal([live]);
        await expect(el).to.be.accessible();

        const delivered = oneEvent(el, 'seeds-delivered');
        post.answer(201);
        await delivered;
        await settle(el);
        expect(deepQuery(el, '[part="delivery"]')!.getAttribute('aria-busy')).to.equal('false');
        expect(live.textContent).to.contain('Your answers have been sent');
        expect(liveSaying(el, 'have been sent')).to.deep.equal([live]);
      } finally {
        window.fetch = original;
      }
    });
  }
});
