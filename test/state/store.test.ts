import { expect } from '@open-wc/testing';
import { newDraft, type Draft } from '../../src/model/draft.js';
import type { StorageProblem } from '../../src/services/record-store.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { NamespaceStore, type StoreListener } from '../../src/state/store.js';
import { sampleResponse, unique } from '../support/data.js';

/** A listener that counts what it is told. */
function listener(): StoreListener & { changes: number; problems: StorageProblem[] } {
  const l = {
    changes: 0,
    problems: [] as StorageProblem[],
    changed: () => void l.changes++,
    problem: (p: StorageProblem) => void l.problems.push(p),
  };
  return l;
}

const open: [NamespaceStore, StoreListener][] = [];
afterEach(() => open.splice(0).forEach(([store, l]) => NamespaceStore.unsubscribe(store, l)));

/** Subscribes and waits for the first read. */
async function subscribe(namespace: string, l: StoreListener = listener()): Promise<NamespaceStore> {
  const store = NamespaceStore.subscribe(namespace, l);
  open.push([store, l]);
  await store.loaded;
  return store;
}

/** Closes every subscription of `namespace` and reads it again, as a new page would. */
async function reopen(namespace: string): Promise<NamespaceStore> {
  for (const [store, l] of open.splice(0)) NamespaceStore.unsubscribe(store, l);
  return subscribe(namespace);
}

const draft = (patch: Partial<Draft> = {}): Draft => ({ ...newDraft(crypto.randomUUID(), 'quick', 'en'), ...patch });

describe('NamespaceStore', () => {
  it('is one store per namespace: every widget of it sees the same draft and hears each change', async () => {
    const namespace = unique('shared');
    const [a, b] = [listener(), listener()];
    const first = await subscribe(namespace, a);
    const second = await subscribe(namespace, b);
    expect(second).to.equal(first);
    const before = [a.changes, b.changes];
    void first.saveDraft(draft({ step: 2 }));
    expect(second.draft?.step).to.equal(2);
    expect([a.changes - before[0], b.changes - before[1]]).to.deep.equal([1, 1]);
    await first.settled();
    expect((await new SeedsStorage({ namespace }).loadDraft())?.step).to.equal(2);
  });

  it('keeps namespaces apart', async () => {
    const one = await subscribe(unique('one'));
    const two = await subscribe(unique('two'));
    expect(one).to.not.equal(two);
    await one.saveDraft(draft({ step: 3 }));
    expect(two.draft).to.equal(null);
  });

  it('lands the last of many quick drafts, never an older one', async () => {
    const namespace = unique('order');
    const store = await subscribe(namespace);
    const base = draft();
    for (let step = 1; step <= 20; step++)
      void store.saveDraft({ ...base, step, answers: { 'commitment.1': 1 + (step % 5) } as Draft['answers'] });
    await store.settled();
    const again = await reopen(namespace);
    expect(again.draft?.step).to.equal(20);
    expect(again.draft?.answers).to.deep.equal({ 'commitment.1': 1 });
  });

  it('"delete my data" after writes still under way: none of them brings data back', async () => {
    const namespace = unique('delete');
    const store = await subscribe(namespace);
    void store.complete(sampleResponse(), 'local', draft({ step: 0 }));
    void store.saveDraft(draft({ step: 1 }));
    void store.saveDraft(draft({ step: 2 }));
    expect(await store.deleteAll()).to.equal(true);
    expect([store.draft, store.history]).to.deep.equal([null, []]);
    await store.settled();
    const again = await reopen(namespace);
    expect([again.draft, again.history]).to.deep.equal([null, []]);
  });

  it('completes in one step: the response in the history with its state, the next draft in place', async () => {
    const namespace = unique('complete');
    const store = await subscribe(namespace);
    const response = sampleResponse();
    const next = draft();
    void store.complete(response, 'awaiting-consent', next);
    expect(store.history.map((e) => [e.response.id, e.sending])).to.deep.equal([[response.id, 'awaiting-consent']]);
    expect(store.draft).to.equal(next);
    await store.setSending(response.id, 'declined');
    await store.settled();
    const again = await reopen(namespace);
    expect(again.history.map((e) => [e.response.id, e.sending])).to.deep.equal([[response.id, 'declined']]);
  });

  it('tells its widgets only when a stored submission state really changes', async () => {
    const store = await subscribe(unique('sending'));
    const l = listener();
    NamespaceStore.subscribe(store.storage.namespace, l);
    open.push([store, l]);
    const response = sampleResponse();
    await store.complete(response, 'queued', draft());
    const before = l.changes;
    await store.setSending(response.id, 'sending'); // stored as queued: nothing to write or tell
    expect(l.changes).to.equal(before);
    await store.setSending(response.id, 'sent');
    expect(l.changes).to.equal(before + 1);
    expect(store.history[0].sending).to.equal('sent');
  });

  it('reads afresh after the last widget left, after the writes it left behind', async () => {
    const namespace = unique('closing');
    const store = await subscribe(namespace);
    void store.saveDraft(draft({ step: 4 }));
    const [[s, l]] = open.splice(0);
    NamespaceStore.unsubscribe(s, l); // the last widget leaves while the write is under way
    const again = await subscribe(namespace);
    expect(again).to.not.equal(store);
    expect(again.draft?.step).to.equal(4);
  });
});
