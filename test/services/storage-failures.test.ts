import { expect } from '@open-wc/testing';
import type { StorageProblem } from '../../src/services/record-store.js';
import { recordKey } from '../../src/services/storage-keys.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { randomId } from '../../src/services/uuid.js';
import { rawGet, rawSet, sampleResponse, unique } from '../support/data.js';
import { addHistory, getHistory, updateAgenda } from '../../src/services/history-records.js';

/** Replaces `indexedDB.open` until the returned function is called. */
function stubOpen(open: (name: string) => IDBOpenDBRequest): () => void {
  Object.defineProperty(indexedDB, 'open', { value: open, configurable: true, writable: true });
  return () => void delete (indexedDB as unknown as { open?: unknown }).open;
}

/** An open request that fails the way a blocked or broken IndexedDB does (after the caller set its handlers). */
function failingRequest(name = 'UnknownError'): IDBOpenDBRequest {
  const request = {} as { error?: DOMException; onerror?: () => void };
  queueMicrotask(() => {
    request.error = new DOMException('Internal error opening backing store', name);
    request.onerror?.();
  });
  return request as unknown as IDBOpenDBRequest;
}

const draftOf = (id = randomId()) => ({
  id,
  instrument: 'full' as const,
  locale: 'en' as const,
  step: 3,
  role: 'business' as const,
  answers: { 'commitment.2': 5 as const },
  startedAt: new Date().toISOString(),
});

function collect(): { problems: StorageProblem[]; onProblem: (p: StorageProblem) => void } {
  const problems: StorageProblem[] = [];
  return { problems, onProblem: (p) => problems.push(p) };
}

describe('SeedsStorage when IndexedDB fails', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('works in memory and reports storage-unavailable when indexedDB.open throws', async () => {
    restore = stubOpen(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace: unique('throws'), onProblem });
    const status = await storage.ready();
    expect(status).to.include({ mode: 'memory', persistent: false });
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-unavailable']);
    expect(problems[0].message).to.match(/SecurityError/);

    const d = draftOf();
    await storage.saveDraft(d);
    await addHistory(storage, sampleResponse());
    expect((await storage.loadDraft())?.id).to.equal(d.id);
    expect(await storage.listHistory()).to.have.length(1);
    expect(await storage.deleteAll()).to.equal(true);
    expect(await storage.listHistory()).to.deep.equal([]);
    expect(problems).to.have.length(1); // reported once
  });

  it('works in memory when the open request fires an error', async () => {
    restore = stubOpen(() => failingRequest());
    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace: unique('errors'), onProblem });
    await addHistory(storage, sampleResponse()); // no explicit ready(): every call waits for detection
    expect(storage.status.mode).to.equal('memory');
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-unavailable']);
    expect(await storage.listHistory()).to.have.length(1);
  });

  it('gives up on an open that never settles (blocked) after the timeout', async () => {
    restore = stubOpen(() => ({}) as IDBOpenDBRequest);
    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace: unique('blocked'), onProblem, timeout: 50 });
    expect((await storage.ready()).mode).to.equal('memory');
    expect(problems[0].code).to.equal('storage-unavailable');
  });

  it('switches to memory with storage-quota when a write exceeds the quota, keeping what it read', async () => {
    const namespace = unique('quota');
    const before = sampleResponse();
    await addHistory(new SeedsStorage({ namespace }), before);

    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace, onProblem });
    expect(await storage.listHistory()).to.have.length(1);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => void (IDBObjectStore.prototype.put = put);

    const after = sampleResponse();
    await addHistory(storage, after);
    expect(storage.status).to.include({ mode: 'memory', persistent: false });
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-quota']);
    const ids = (await storage.listHistory()).map((e) => e.response.id);
    expect(ids).to.have.members([before.id, after.id]);
  });

  it('after falling back to memory, a delete still reaches what IndexedDB holds', async () => {
    const namespace = unique('quota-delete');
    const storage = new SeedsStorage({ namespace });
    const d = draftOf();
    await storage.saveDraft(d);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => void (IDBObjectStore.prototype.put = put);
    await storage.saveDraft({ ...d, step: 4 });
    expect(storage.status.mode).to.equal('memory');
    expect(await rawGet(recordKey(namespace, 'draft', d.id))).to.include({ step: 3 });

    await storage.clearDraft(d.id);
    expect(await storage.loadDraft()).to.equal(undefined);
    expect(await rawGet(recordKey(namespace, 'draft', d.id))).to.equal(undefined); // no draft comes back on reload
  });
});

describe('SeedsStorage with an unreadable record', () => {
  it('reports storage-corrupt, returns the readable data and never overwrites the corrupt record', async () => {
    const namespace = unique('corrupt');
    const good = sampleResponse();
    const garbageKey = recordKey(namespace, 'history', randomId());
    await addHistory(new SeedsStorage({ namespace }), good);
    await rawSet(garbageKey, 'garbage {{{');
    await rawSet(recordKey(namespace, 'draft', randomId()), { version: 1, id: 42 });

    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace, onProblem });
    const list = await storage.listHistory();
    expect(list.map((e) => e.response.id)).to.deep.equal([good.id]);
    expect(await storage.loadDraft()).to.equal(undefined);
    expect(problems.map((p) => p.code)).to.deep.equal(['storage-corrupt', 'storage-corrupt']);
    expect(problems[0].key).to.equal(garbageKey);

    // Persistence carries on for new data; the garbage stays exactly as it was.
    const d = draftOf();
    await storage.saveDraft(d);
    await addHistory(storage, sampleResponse());
    await storage.clearDraft();
    expect(storage.status.persistent).to.equal(true);
    expect(await rawGet(garbageKey)).to.equal('garbage {{{');
    expect(await new SeedsStorage({ namespace }).listHistory()).to.have.length(2);
  });

  it('refuses to write over an unreadable record and keeps the new data in memory for this page', async () => {
    const namespace = unique('refuse');
    const d = draftOf();
    const key = recordKey(namespace, 'draft', d.id);
    await rawSet(key, { version: 1, id: d.id, answers: 'not an object' });

    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace, onProblem });
    await storage.saveDraft(d);
    expect(problems.map((p) => [p.code, p.key])).to.deep.equal([['storage-corrupt', key]]);
    expect(await rawGet(key)).to.deep.equal({ version: 1, id: d.id, answers: 'not an object' });
    expect((await storage.loadDraft())?.id).to.equal(d.id);
    await storage.clearDraft(d.id);
    expect(await rawGet(key)).to.deep.equal({ version: 1, id: d.id, answers: 'not an object' });
  });

  it('treats a record of a newer version as unreadable and leaves it alone', async () => {
    const namespace = unique('future');
    const response = sampleResponse();
    const key = recordKey(namespace, 'history', response.id);
    const future = { version: 2, response, extra: 'from the future' };
    await rawSet(key, future);
    const { problems, onProblem } = collect();
    const storage = new SeedsStorage({ namespace, onProblem });
    expect(await getHistory(storage, response.id)).to.equal(undefined);
    expect(problems[0].message).to.match(/newer version/);
    await updateAgenda(storage, response.id, { selected: [], actions: {} });
    await storage.clearDraft();
    expect(await rawGet(key)).to.deep.equal(future);
  });

  it('deleteAll() removes unreadable records too: the participant asked for everything to go', async () => {
    const namespace = unique('delete-corrupt');
    const key = recordKey(namespace, 'outbox', randomId());
    await rawSet(key, 'garbage');
    expect(await new SeedsStorage({ namespace }).deleteAll()).to.equal(true);
    expect(await rawGet(key)).to.equal(undefined);
  });
});
