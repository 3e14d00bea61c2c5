import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { SeedsErrorCode } from '../../src/events/seeds-error.js';
import { recordKey } from '../../src/services/storage-keys.js';
import { Session } from '../../src/state/session.js';
import { rawSet, sampleResponse, unique } from '../support/data.js';
import { requestsTo, scriptedEndpoint } from '../support/endpoint.js';

/** An element with only a Session, on the namespace and endpoint the test gives it. */
class SessionHost extends LitElement {
  namespace = 'default';
  endpoint: string | null = null;
  readonly reported: SeedsErrorCode[] = [];
  readonly delivered: string[] = [];
  readonly session = new Session(this, {
    report: (code) => this.reported.push(code),
    fresh: () => ({ instrument: 'quick', locale: 'en' }),
    namespace: () => this.namespace,
    endpoint: () => this.endpoint,
    delivery: { onDelivered: (d) => this.delivered.push(d.id) },
  });
}
const tag = unique('session-host');
customElements.define(tag, SessionHost);

const els: Element[] = [];
afterEach(() => els.splice(0).forEach((el) => el.remove()));

async function mount(namespace: string, endpoint: string | null = null): Promise<SessionHost> {
  const el = Object.assign(document.createElement(tag) as SessionHost, { namespace, endpoint });
  document.body.append(el);
  els.push(el);
  await el.session.settle();
  await el.session.idle();
  return el;
}

describe('Session', () => {
  it('starts a fresh draft on an empty namespace and keeps its changes', async () => {
    const namespace = unique('fresh');
    const el = await mount(namespace);
    expect(el.session.loaded).to.equal(true);
    expect(el.session.persistent).to.equal(true);
    const { id } = el.session.draft;
    expect(el.session.draft).to.include({ instrument: 'quick', locale: 'en', step: 0, role: null });
    el.session.updateDraft({ step: 2, role: 'unstated' });
    await el.session.settle();
    el.remove();
    const again = await mount(namespace);
    expect(again.session.draft).to.include({ id, step: 2, role: 'unstated' });
    expect(again.reported).to.deep.equal([]);
  });

  it('sends a queued measurement that has no outbox record, and then says "sent"', async () => {
    const endpoint = await scriptedEndpoint('session-heal');
    const namespace = unique('heal');
    const response = sampleResponse();
    await rawSet(recordKey(namespace, 'history', response.id), { version: 1, response, sending: 'queued' });
    const el = await mount(namespace, endpoint);
    expect(el.session.scheduledRetries).to.deep.equal([]);
    expect(el.delivered).to.deep.equal([response.id]);
    expect((await requestsTo(endpoint)).map((r) => r.idempotencyKey)).to.deep.equal([response.id]);
    expect(el.session.history.map((e) => e.sending)).to.deep.equal(['sent']);
    el.remove();
    const again = await mount(namespace, endpoint);
    expect(again.session.deliveryOf(response.id)?.state).to.equal('sent');
    expect(await requestsTo(endpoint)).to.have.length(1);
  });

  it('a new namespace is read afresh: nothing of the previous one stays', async () => {
    const first = unique('first');
    const el = await mount(first);
    el.session.updateDraft({ step: 3 });
    await el.session.settle();
    el.namespace = unique('second');
    el.requestUpdate();
    await el.updateComplete;
    await el.session.settle();
    expect(el.session.draft.step).to.equal(0);
    el.namespace = first;
    el.requestUpdate();
    await el.updateComplete;
    await el.session.settle();
    expect(el.session.draft.step).to.equal(3);
  });
});
