import { expect } from '@open-wc/testing';
import type { Draft } from '../../src/model/draft.js';
import { namespacePrefix, recordKey } from '../../src/services/storage-keys.js';
import { SeedsStorage } from '../../src/services/storage.js';
import { randomId } from '../../src/services/uuid.js';
import { rawGet, rejection, sampleResponse, unique } from '../support/data.js';
import { addHistory, getHistory, updateAgenda } from '../../src/services/history-records.js';
import { listOutbox, putOutbox } from '../../src/services/outbox-store.js';

const draft = (overrides: Partial<Draft> = {}): Draft => ({
  id: randomId(),
  instrument: 'quick',
  locale: 'nl',
  step: 1,
  role: null,
  answers: { 'commitment.1': 4, 'qualities-roles.1': null },
  startedAt: new Date().toISOString(),
  ...overrides,
});

describe('SeedsStorage', () => {
  it('ready() finds IndexedDB and reports it as persistent', async () => {
    const storage = new SeedsStorage({ namespace: unique('ready') });
    const status = await storage.ready();
    expect(status.mode).to.equal('indexeddb');
    expect(status.persistent).to.equal(true);
    expect(status.problems).to.deep.equal([]);
  });

  it('saveDraft(draft) writes, and a new instance reads it back', async () => {
    const namespace = unique('draft');
    const storage = new SeedsStorage({ namespace });
    const d = draft();
    await storage.saveDraft({ ...d, step: 2, answers: { ...d.answers, 'together.1': 5 } });
    const reloaded = await new SeedsStorage({ namespace }).loadDraft();
    expect(reloaded).to.include({ id: d.id, version: 1, step: 2, instrument: 'quick', locale: 'nl', role: null });
    expect(reloaded!.answers).to.deep.equal({ 'commitment.1': 4, 'qualities-roles.1': null, 'together.1': 5 });
    expect(Date.parse(reloaded!.updatedAt)).to.be.closeTo(Date.now(), 5000);
  });

  it('keeps "prefer not to say" apart from "not answered"', async () => {
    const namespace = unique('role');
    const storage = new SeedsStorage({ namespace });
    const d = draft({ role: 'unstated' });
    await storage.saveDraft(d);
    expect((await new SeedsStorage({ namespace }).loadDraft())!.role).to.equal('unstated');
  });

  it('saveDraft(draft) drops unanswered (undefined) items and refuses an invalid draft', async () => {
    const namespace = unique('draft-shape');
    const storage = new SeedsStorage({ namespace });
    const d = draft({ answers: { 'commitment.1': 3, 'together.1': undefined } });
    await storage.saveDraft(d);
    expect((await storage.loadDraft())!.answers).to.deep.equal({ 'commitment.1': 3 });
    const error = await rejection(storage.saveDraft(draft({ step: -1 })));
    expect(error).to.be.instanceOf(TypeError);
    expect(error.message).to.match(/step/);
  });

  it('clearDraft() removes the draft', async () => {
    const namespace = unique('clear');
    const storage = new SeedsStorage({ namespace });
    const d = draft();
    await storage.saveDraft(d);
    await storage.clearDraft(d.id);
    expect(await storage.loadDraft()).to.equal(undefined);
    expect(await rawGet(recordKey(namespace, 'draft', d.id))).to.equal(undefined);
  });

  it('two namespaces do not see each other, even when one is a prefix of the other', async () => {
    const a = unique('ns');
    const b = `${a}:x`;
    const one = new SeedsStorage({ namespace: a });
    const two = new SeedsStorage({ namespace: b });
    await one.saveDraft(draft());
    await addHistory(one, sampleResponse());
    expect(await two.loadDraft()).to.equal(undefined);
    expect(await two.listHistory()).to.deep.equal([]);
    expect(namespacePrefix(b).startsWith(namespacePrefix(a))).to.equal(false);
    expect(await one.listHistory()).to.have.length(1);
  });

  it('shortens the keys of a very long namespace with a hash, and keeps namespaces apart', async () => {
    const long = `${unique('long')}${'x'.repeat(1_000_000)}`;
    const other = `${long.slice(0, -1)}y`;
    const key = recordKey(long, 'draft', randomId());
    expect(key.length).to.be.below(120);
    expect(namespacePrefix(long)).to.not.equal(namespacePrefix(other));
    expect(namespacePrefix('a'.repeat(10)).startsWith(namespacePrefix(long).slice(0, 5))).to.equal(false);
    const d = draft();
    await new SeedsStorage({ namespace: long }).saveDraft(d);
    expect((await new SeedsStorage({ namespace: long }).loadDraft())?.id).to.equal(d.id);
    expect(await new SeedsStorage({ namespace: other }).loadDraft()).to.equal(undefined);
  });

  it('an empty namespace is "default"', () => {
    expect(new SeedsStorage({ namespace: '  ' }).namespace).to.equal('default');
    expect(new SeedsStorage().namespace).to.equal('default');
  });

  it('addHistory / listHistory keep completed measurements, oldest first', async () => {
    const namespace = unique('history');
    const storage = new SeedsStorage({ namespace });
    const later = sampleResponse({ completedAt: '2026-06-01T10:00:00.000Z' });
    const earlier = sampleResponse({ completedAt: '2026-01-01T10:00:00.000Z' });
    await addHistory(storage, later);
    await addHistory(storage, earlier);
    const list = await new SeedsStorage({ namespace }).listHistory();
    expect(list.map((e) => e.response.id)).to.deep.equal([earlier.id, later.id]);
    expect(list[0]).to.deep.equal({ version: 1, response: earlier });
  });

  it('updateAgenda(id, agenda) stores the agenda with the measurement', async () => {
    const namespace = unique('agenda');
    const storage = new SeedsStorage({ namespace });
    const response = sampleResponse();
    await addHistory(storage, response);
    const agenda = {
      selected: ['shared-vision'],
      actions: { 'shared-vision': { what: 'Vision session', who: 'Anna', when: 'June' } },
    };
    const updated = await updateAgenda(storage, response.id, agenda);
    expect(updated?.agenda).to.deep.equal(agenda);
    expect((await getHistory(new SeedsStorage({ namespace }), response.id))?.agenda).to.deep.equal(agenda);
    expect(await updateAgenda(storage, randomId(), agenda)).to.equal(undefined);
    expect(await rejection(updateAgenda(storage, response.id, { selected: 'x' } as never))).to.be.instanceOf(TypeError);
  });

  it('deleteAll() removes draft, history and outbox of its namespace only', async () => {
    const namespace = unique('delete');
    const other = unique('keep');
    const storage = new SeedsStorage({ namespace });
    const keep = new SeedsStorage({ namespace: other });
    const d = draft();
    const response = sampleResponse();
    await storage.saveDraft(d);
    await addHistory(storage, response);
    await putOutbox(storage, {
      version: 1,
      response,
      endpoint: 'https://example.org/x',
      attempt: 0,
      nextAttemptAt: new Date().toISOString(),
      state: 'pending',
    });
    await addHistory(keep, response);

    expect(await storage.deleteAll()).to.equal(true);
    expect(await storage.loadDraft()).to.equal(undefined);
    expect(await storage.listHistory()).to.deep.equal([]);
    expect(await listOutbox(storage)).to.deep.equal([]);
    expect(await rawGet(recordKey(namespace, 'history', response.id))).to.equal(undefined);
    expect(await keep.listHistory()).to.have.length(1);
    expect(await new SeedsStorage({ namespace: other }).deleteAll()).to.equal(true);
    expect(await keep.listHistory()).to.deep.equal([]);
  });
});
