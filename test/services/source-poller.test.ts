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
  const urls: string[] = [];
  let bodies = 0;
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    asked.push(new Headers(init?.headers).get('If-None-Match'));
    urls.push(String(url));
    const response = answers.shift()!();
    const text = response.text.bind(response);
    response.text = async () => ((bodies += 1), text());
    return response;
  }) as typeof globalThis.fetch;
  return { fetch, asked, urls, bodies: () => bodies };
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

/** An answer of a source that reads from a cursor, as the collector does. */
const counted = (body: string, etag: string, cursor: number, count: number) =>
  new Response(body, {
    status: 200,
    headers: { ETag: etag, 'Seeds-Cursor': String(cursor), 'Seeds-Count': String(count) },
  });
const URL_ = 'https://collector.example/api/communities/c/responses';

describe('SourcePoller: cursor reads', () => {
  it('asks for what came after the cursor and hands on only that; a 304 there is unchanged', async () => {
    const source = scripted([
      () => counted('[{"id":"a"}]', '"1-5"', 5, 1),
      () => counted('[{"id":"b"},{"id":"c"}]', '"3-7"', 7, 3),
      () => notModified('"3-7"'),
      () => counted('[]', '"3-7"', 7, 3),
    ]);
    const { poller, next, data } = drive(source);
    await next();
    expect(source.urls[0], 'the first read is of the whole list').to.equal(URL_);
    expect((await next()).state).to.equal('ready');
    expect(source.urls[1]).to.equal(`${URL_}?after=5`);
    expect(source.asked[1]).to.equal('"1-5"');
    expect(data[1]).to.deep.equal({ list: [{ id: 'b' }, { id: 'c' }], appended: true });
    expect((await next()).state).to.equal('ready');
    expect(source.urls[2]).to.equal(`${URL_}?after=7`);
    expect(source.asked[2]).to.equal('"3-7"');
    expect((await next()).state).to.equal('ready');
    expect(data, 'nothing new: nothing handed on').to.have.length(2);
    poller.stop();
  });

  it('reads the whole list again, without If-None-Match, when the count does not add up (a delete)', async () => {
    const source = scripted([
      () => counted('[{"id":"a"},{"id":"b"}]', '"2-6"', 6, 2),
      () => counted('[{"id":"c"}]', '"2-7"', 7, 2),
      () => counted('[{"id":"b"},{"id":"c"}]', '"2-7"', 7, 2),
      () => counted('[]', '"2-7"', 7, 2),
    ]);
    const { poller, next, data } = drive(source);
    await next();
    expect((await next()).state).to.equal('ready');
    expect(source.urls.slice(1, 3)).to.deep.equal([`${URL_}?after=6`, URL_]);
    expect(source.asked[2], 'the whole list is needed whatever its tag').to.equal(null);
    expect(data[1]).to.deep.equal({ list: [{ id: 'b' }, { id: 'c' }], appended: false });
    await next();
    expect(source.urls[3], 'and reads from its cursor again').to.equal(`${URL_}?after=7`);
    poller.stop();
  });

  it('keeps no cursor that does not name the list read, and drops one the source no longer names', async () => {
    const source = scripted([
      () => counted('[{"id":"a"}]', '"3-5"', 5, 3),
      () => counted('[{"id":"a"},{"id":"b"}]', '"2-6"', 6, 2),
      () => json('[{"id":"c"}]', '"3-7"'),
      () => json('[{"id":"a"},{"id":"b"},{"id":"c"}]', '"3-7"'),
      () => notModified('"3-7"'),
    ]);
    const { poller, next, data } = drive(source);
    await next();
    await next();
    expect(source.urls[1], 'the count named was not the list').to.equal(URL_);
    await next();
    expect(source.urls.slice(2, 4)).to.deep.equal([`${URL_}?after=6`, URL_]);
    // The whole text grew at the end of the last whole text: only the new entry is handed on.
    expect(data.map((d) => d.list)).to.deep.equal([[{ id: 'a' }], [{ id: 'b' }], [{ id: 'c' }]]);
    expect(data[2].appended).to.equal(true);
    await next();
    expect(source.urls[4]).to.equal(URL_);
    expect(source.asked[4]).to.equal('"3-7"');
    poller.stop();
  });
});
