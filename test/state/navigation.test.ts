import { expect } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Configuration } from '../../src/state/configuration.js';
import { Navigation } from '../../src/state/navigation.js';
import { unique } from '../support/data.js';
import { deepActiveElement } from '../support/dom.js';

/** An element with a Configuration and a Navigation that renders a focusable heading per screen. */
class NavigatedHost extends LitElement {
  @property() override lang = 'en';
  @property() instrument = 'quick';
  @property() community: string | null = null;
  @property() storageKey: string | null = null;
  @property() endpoint: string | null = null;
  @property({ reflect: true }) view = 'questionnaire';
  @property({ attribute: false }) model: unknown = undefined;
  readonly config = new Configuration(this, () => {});
  readonly nav = new Navigation(this, this.config);

  override render() {
    const screen = this.nav.screen;
    return html`<h2 data-screen tabindex="-1" id=${screen}>${screen}</h2>
      ${screen === 'history' ? html`<button>Open</button>` : nothing}`;
  }
}
const tag = unique('navigated-host');
customElements.define(tag, NavigatedHost);

async function mount(): Promise<NavigatedHost> {
  const el = document.createElement(tag) as NavigatedHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const els: Element[] = [];
afterEach(() => els.splice(0).forEach((el) => el.remove()));

describe('Navigation', () => {
  it('follows the view the host sets, without taking focus', async () => {
    const el = await mount();
    els.push(el);
    el.view = 'history';
    await el.updateComplete;
    expect(el.nav.screen).to.equal('history');
    expect(el.shadowRoot!.querySelector('h2')!.id).to.equal('history');
    expect(deepActiveElement()?.id).to.not.equal('history');
  });

  it('go(screen) shows it, writes view back and focuses the new screen', async () => {
    const el = await mount();
    els.push(el);
    await el.nav.go('results');
    expect(el.view).to.equal('results');
    expect(el.getAttribute('view')).to.equal('results');
    expect(deepActiveElement()?.id).to.equal('results');
  });

  it('the consent step is no public view: view keeps the last one', async () => {
    const el = await mount();
    els.push(el);
    await el.nav.go('results');
    await el.nav.go('consent');
    expect(el.nav.screen).to.equal('consent');
    expect(el.view).to.equal('results');
    expect(deepActiveElement()?.id).to.equal('consent');
  });

  it('show(screen) shows it without moving focus (on load)', async () => {
    const el = await mount();
    els.push(el);
    const outside = document.createElement('button');
    document.body.append(outside);
    els.push(outside);
    outside.focus();
    el.nav.show('consent');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.id).to.equal('consent');
    expect(document.activeElement).to.equal(outside);
  });

  it('a view the host sets later wins over the screen navigated to', async () => {
    const el = await mount();
    els.push(el);
    await el.nav.go('history');
    el.view = 'questionnaire';
    await el.updateComplete;
    expect(el.nav.screen).to.equal('questionnaire');
  });
});
