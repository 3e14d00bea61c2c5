import { expect } from '@open-wc/testing';
import { validateAgenda, validateHistoryEntry, validateOutboxEntry } from '../../src/services/record-checks.js';
import { validateDraft } from '../../src/services/records.js';
import { randomId } from '../../src/services/uuid.js';
import { sampleResponse } from '../support/data.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const draft = {
  version: 1,
  id: randomId(),
  instrument: 'quick',
  locale: 'nl',
  step: 0,
  role: null,
  answers: { 'commitment.1': 1, 'together.1': null },
  startedAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:01:00.000Z',
};

const outbox = () => ({
  version: 1,
  response: sampleResponse(),
  endpoint: 'https://example.org/seeds',
  attempt: 2,
  nextAttemptAt: '2026-03-01T09:01:00.000Z',
  lastError: { status: 503, message: 'busy', at: '2026-03-01T09:00:58.000Z' },
  state: 'pending',
});

describe('validateDraft(value)', () => {
  it('accepts a draft record', () => expect(validateDraft(draft).ok).to.equal(true));
  it('refuses garbage, bad answers and another version', () => {
    expect(validateDraft('garbage').ok).to.equal(false);
    expect(validateDraft({ ...draft, answers: { 'commitment.1': 7 } }).ok).to.equal(false);
    expect(validateDraft({ ...draft, step: 1.5 }).ok).to.equal(false);
    const future = validateDraft({ ...draft, version: 2 });
    expect(future.ok).to.equal(false);
    if (!future.ok) expect(future.errors[0]).to.match(/newer version/);
  });
});

describe('validateHistoryEntry(value) and validateAgenda(value)', () => {
  it('accepts an entry with or without an agenda', () => {
    const response = sampleResponse();
    expect(validateHistoryEntry({ version: 1, response }).ok).to.equal(true);
    const agenda = { selected: ['reputation'], actions: { reputation: { what: 'Story', who: 'Piet', when: 'Q3' } } };
    expect(validateHistoryEntry({ version: 1, response, agenda }).ok).to.equal(true);
  });
  it('refuses a broken response or agenda', () => {
    expect(validateHistoryEntry({ version: 1, response: { ...sampleResponse(), id: 'x' } }).ok).to.equal(false);
    expect(validateAgenda({ selected: [], actions: { reputation: { what: 'x' } } }).ok).to.equal(false);
  });
});

describe('validateOutboxEntry(value)', () => {
  it('accepts an entry', () => expect(validateOutboxEntry(outbox()).ok).to.equal(true));
  it('refuses a stored endpoint that is not http(s), so it is never sent there', () => {
    expect(validateOutboxEntry({ ...outbox(), endpoint: 'javascript:alert(1)' }).ok).to.equal(false);
    expect(validateOutboxEntry({ ...outbox(), state: 'sent' }).ok).to.equal(false);
    expect(validateOutboxEntry({ ...outbox(), lastError: { status: 'x' } }).ok).to.equal(false);
  });
});

describe('randomId()', () => {
  it('returns a version 4 UUID', () => expect(randomId()).to.match(UUID_V4));
  it('builds one from getRandomValues where randomUUID is missing (plain http)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 20 }, randomId));
      expect(ids.size).to.equal(20);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      delete (crypto as unknown as { randomUUID?: unknown }).randomUUID; // the prototype's method shows again
    }
  });
});
