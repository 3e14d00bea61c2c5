import { expect } from '@open-wc/testing';
import { appendedTail, SourcePoller, type SourceStatus } from '../../src/services/source-poller.js';
import { FakeClock } from '../support/group.js';

describe('appendedTail(last, next)', () => {
  it('gives the appended entries of a list that grew at the end', () => {
    expect(appendedTail('[{"a":1}]', '[{"a":1},{"b":2},{"c":3}]')).to.equal('[{"b":2},{"c":3}]');
    expect(appendedTail('[{"a":1}]\n', '[{"a":1}, {"b":2}]')).to.equal('[ {"b":2}]');
  });
  it('is null when the list changed otherwise, shrank, was empty or is no list', () => {
    expect(appendedTail(null, '[1]')).to.equal(null);
    expect(appendedTail('[{"a":1}]', '[{"z":1},{"b":2}]')).to.equal(null);
    expect(appendedTail('[{"a":1},{"b":2}]', '[{"a":1}]')).to.equal(null);
    expect(appendedTail('[]', '[{"a":1}]')).to.equal(null);
    expect(appendedTail('{"a":1}', '{"a":1,"b":2}')).to.equal(null);
  });
});

/** A scripted source: each request gets the next answer; what was asked and which bodies were read is kept. */
function scripted(answers: Array<() => Response>) {
  const asked: Array<string | null> = [];
  let bodies = 0;
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    asked.push(new Headers(init?.headers).get('If-None-Match'));
    const response = answers.shift()!();
    const text = response.text.bind(response);
    response.text = async () => ((bodies += 1), text());
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, asked, bodies: () => bodies };
}

/** Runs `poller`'s reads one by one: each `next()` resolves with the status of one more read. */
function drive(source: ReturnType<typeof scripted>) {
  const clock = new FakeClock();
  const statuses: SourceStatus[] = [];
  const data: Array<{ list: unknown[]; appended: boolean }> = [];
  let ended: (() => void) | null = null;
  const poller = new SourcePoller({
    url: 'https://collector.example/api/communities/c/responses',
    init: () => ({}),
    fetch: source.fetch,
    clock,
    onData: (list, appended) => data.push({ list, appended }),
    onStatus: (status) => (statuses.push(status), ended?.()),
  });
  const next = (): Promise<SourceStatus> =>
    new Promise((resolve) => {
      ended = () => resolve(statuses[statuses.length - 1]);
      if (statuses.length === 0) poller.start();
      else clock.runPoll();
    });
  return { poller, next, statuses, data };
}

const json = (body: string, etag?: string) => new Response(body, { status: 200, headers: etag ? { ETag: etag } : {} });
const notModified = (etag: string) => new Response(null, { status: 304, headers: { ETag: etag } });

describe('SourcePoller: conditional reads', () => {
  it('asks with the last ETag and takes a 304 as unchanged: no body read, no data, ready', async () => {
    const source = scripted([
      () => json('[{"id":"a"}]', '"1-1"'),
      () => notModified('"1-1"'),
      () => json('[{"id":"a"},{"id":"b"}]', '"2-2"'),
      () => notModified('"2-2"'),
    ]);
    const { poller, next, data } = drive(source);
    expect((await next()).state).to.equal('ready');
    expect(source.asked[0], 'nothing to compare with yet').to.equal(null);
    expect(data).to.have.length(1);

    expect((await next()).state).to.equal('ready');
    expect(source.asked[1]).to.equal('"1-1"');
    expect(source.bodies(), 'the 304 has no body to read').to.equal(1);
    expect(data, 'unchanged: nothing handed on').to.have.length(1);

    expect((await next()).state).to.equal('ready');
    expect(data[1]).to.deep.equal({ list: [{ id: 'b' }], appended: true });
    expect((await next()).state).to.equal('ready');
    expect(source.asked[3], 'the newest tag').to.equal('"2-2"');
    expect(data).to.have.length(2);
    poller.stop();
  });

  it('a source without tags is asked plainly, and a 304 it was not asked for is a fault', async () => {
    const source = scripted([() => json('[{"id":"a"}]'), () => notModified('"x"'), () => json('[{"id":"a"}]')]);
    const { poller, next, data } = drive(source);
    expect((await next()).state).to.equal('ready');
    const odd = await next();
    expect(source.asked[1], 'no tag was given, none is sent').to.equal(null);
    expect(odd.state).to.equal('unreachable');
    expect(odd.state === 'unreachable' && odd.status).to.equal(304);
    expect((await next()).state, 'it recovers with the next full answer').to.equal('ready');
    expect(data, 'the data of the first read stays; the same text again is no change').to.have.length(1);
    poller.stop();
  });

  it('forgets a tag whose list was not valid, so the next read is a full one', async () => {
    const source = scripted([
      () => json('[{"id":"a"}]', '"1-1"'),
      () => json('not json', '"2-2"'),
      () => json('[{"id":"a"},{"id":"b"}]', '"2-2"'),
    ]);
    const { poller, next, data } = drive(source);
    await next();
    expect((await next()).state).to.equal('invalid');
    await next();
    expect(source.asked[2], 'still the tag of the last list taken in').to.equal('"1-1"');
    expect(data.map((d) => d.list.length)).to.deep.equal([1, 1]);
    poller.stop();
  });
});
