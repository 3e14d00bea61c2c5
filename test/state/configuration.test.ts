import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import '../support/languages.js';
import type { SeedsErrorDetail } from '../../src/events/seeds-error.js';
import { Configuration } from '../../src/state/configuration.js';
import { unique } from '../support/data.js';

/** The smallest element that has the root's inputs and a Configuration. */
class ConfiguredHost extends LitElement {
  @property() override lang = '';
  @property() instrument = 'quick';
  @property() community: string | null = null;
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;
  @property() endpoint: string | null = null;
  @property() view = 'questionnaire';
  @property({ attribute: false }) model: unknown = undefined;
  readonly reported: SeedsErrorDetail[] = [];
  readonly config = new Configuration(this, (error) => this.reported.push(error));

  /** As the root's: includes loading the validator of a host's model (a file of its own). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.config.modelLoad) {
      await this.config.modelLoad;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
const tag = unique('configured-host');
customElements.define(tag, ConfiguredHost);

async function mount(): Promise<ConfiguredHost> {
  const el = document.createElement(tag) as ConfiguredHost;
  await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
  await el.updateComplete;
  return el;
}

async function set(el: ConfiguredHost, values: Partial<ConfiguredHost>): Promise<ReadonlySet<string>> {
  Object.assign(el, values);
  await el.updateComplete;
  return el.config.changed;
}

describe('Configuration', () => {
  it('resolves the defaults and reports nothing', async () => {
    const el = await mount();
    const { config } = el;
    expect([config.instrument, config.view, config.endpoint, config.namespace]).to.deep.equal([
      'quick',
      'questionnaire',
      null,
      'default',
    ]);
    expect(config.model).to.equal(DEFAULT_MODEL);
    expect(config.context.model).to.equal(DEFAULT_MODEL);
    expect(el.reported).to.deep.equal([]);
  });

  it('reports a bad input once when it is set, not on every update, and again when it changes', async () => {
    const el = await mount();
    await set(el, { instrument: 'long' });
    expect(el.config.instrument).to.equal('quick');
    el.requestUpdate();
    await el.updateComplete;
    await set(el, { view: 'history' });
    expect(el.reported.map((e) => e.code)).to.deep.equal(['invalid-instrument']);
    await set(el, { instrument: 'longer' });
    expect(el.reported.map((e) => e.message)).to.deep.equal([
      'instrument="long" is not supported; use "quick" or "full". Using "quick".',
      'instrument="longer" is not supported; use "quick" or "full". Using "quick".',
    ]);
  });

  it('says what changed in the last update, and nothing when nothing did', async () => {
    const el = await mount();
    expect([...(await set(el, { instrument: 'full', view: 'results' }))]).to.have.members(['instrument', 'view']);
    expect(el.config.instrument).to.equal('full');
    el.requestUpdate();
    await el.updateComplete;
    expect([...el.config.changed]).to.deep.equal([]);
  });

  it('takes the namespace from storage-key, else community, else "default"', async () => {
    const el = await mount();
    expect([...(await set(el, { community: 'greenport' }))]).to.deep.equal(['namespace']);
    expect(el.config.namespace).to.equal('greenport');
    await set(el, { storageKey: 'kiosk' });
    expect(el.config.namespace).to.equal('kiosk');
    expect([...(await set(el, { community: 'other' }))]).to.deep.equal([]); // storage-key still wins
    await set(el, { storageKey: null, community: null });
    expect(el.config.namespace).to.equal('default');
  });

  it('follows the document language when lang is absent, and a change of it', async () => {
    const root = document.documentElement;
    const before = root.lang;
    try {
      root.lang = 'en-GB';
      const el = await mount();
      expect(el.config.locale).to.equal('en');
      const context = el.config.context;
      root.lang = 'nl';
      el.requestUpdate();
      await el.updateComplete;
      expect(el.config.locale).to.equal('nl');
      expect(el.config.context).to.not.equal(context);
      expect(el.config.context.ui).to.not.equal(context.ui);
    } finally {
      root.lang = before;
    }
  });

  it('keeps the context object while neither language nor model changes (views do not re-render for nothing)', async () => {
    const el = await mount();
    const context = el.config.context;
    await set(el, { instrument: 'full', endpoint: 'https://collector.example/seeds' });
    expect(el.config.context).to.equal(context);
    await set(el, { lang: 'en' });
    expect(el.config.context).to.not.equal(context);
    expect(el.config.context.locale).to.equal('en');
  });

  it('resolves a relative endpoint against the page and refuses a javascript: one', async () => {
    const el = await mount();
    await set(el, { endpoint: '/collect' });
    expect(el.config.endpoint).to.equal(new URL('/collect', document.baseURI).href);
    await set(el, { endpoint: 'javascript:alert(1)' });
    expect(el.config.endpoint).to.equal(null);
    expect(el.reported.map((e) => e.code)).to.deep.equal(['invalid-endpoint']);
  });

  it('uses a valid host model and falls back, with one report, from an invalid one', async () => {
    const el = await mount();
    const model = {
      factors: [
        {
          id: 'trust',
          number: 1,
          group: 'people',
          related: [],
          content: { nl: { title: 'Vertrouwen' }, en: { title: 'Trust' } },
          items: [{ id: 'trust.1', text: { nl: 'Wij vertrouwen elkaar.', en: 'We trust each other.' } }],
        },
      ],
    };
    await set(el, { model });
    expect(el.config.model.factors.map((f) => f.id)).to.deep.equal(['trust']);
    expect(el.config.context.model).to.equal(el.config.model);
    await set(el, { model: { factors: [] } });
    expect(el.config.model).to.equal(DEFAULT_MODEL);
    expect(el.reported.map((e) => e.code)).to.deep.equal(['invalid-model']);
  });
});
