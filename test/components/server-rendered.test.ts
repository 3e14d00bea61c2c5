import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SeedsFlower } from '../../src/components/flower/flower.js';
import type { SeedsOfInnovation } from '../../src/components/seeds-of-innovation/seeds-of-innovation.js';
import { unique } from '../support/data.js';
import { deepQuery } from '../support/dom.js';
import { settle } from '../support/widget.js';

// A page that ships the server's HTML (@lit-labs/ssr, see test/node/ssr.test.mjs) holds each element
// with a declarative shadow root. When the script arrives, the element renders afresh from its
// attributes: one drawing, not the server's and the browser's one after the other.

/** Parses `markup` as the browser parses a server-rendered page, declarative shadow roots included. */
async function serverRendered<T extends Element>(markup: string): Promise<T> {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  return host.firstElementChild as T;
}

describe('server-rendered HTML in the browser', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('replaces the server-rendered flower with its own drawing, from the attributes', async () => {
    const el = await serverRendered<SeedsFlower>(
      `<seeds-flower lang="en" scores='{"commitment": 40}'><template shadowrootmode="open"><svg class="drawing server" role="img"></svg></template></seeds-flower>`,
    );
    expect(el.shadowRoot, 'the markup gave the element a shadow root').to.exist;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg.drawing')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.server')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-factor="commitment"]')!.getAttribute('data-score')).to.equal('40');
  });

  it('replaces the server-rendered placeholder of the widget with the questionnaire', async () => {
    const el = await serverRendered<SeedsOfInnovation>(
      `<seeds-of-innovation lang="en" community="${unique('ssr')}"><template shadowrootmode="open"><div class="base server" role="region"><p class="loading">Loading…</p></div></template></seeds-of-innovation>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('.server')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(1);
    expect(deepQuery(el, 'section')!.textContent).to.contain('12 statements');
  });
});
