import { backoffDelay } from './backoff.js';
import { cursorOf, withAfter, type Cursor, type Read } from './source-cursor.js';
import { GLOBAL_TIMERS, type Timers } from './timers.js';

/** Where reading a group's responses stands. */
export type SourceStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready' }
  /** 401 or 403: polling stopped until the URL or the request options change. */
  | { readonly state: 'denied'; readonly status: number }
  /** Network error, timeout or another status: polling goes on with backoff, the last data stays. */
  | { readonly state: 'unreachable'; readonly status: number | null; readonly message: string }
  /** The answer was not a JSON array: polling goes on with backoff. */
  | { readonly state: 'invalid'; readonly message: string };

/** The group view's name for the injectable timers of `./timers.ts`. */
export type Clock = Timers;

export interface PollerOptions {
  readonly url: string;
  /** Request options (the host's `requestInit` hook: the facilitator's token). Read before each request. */
  readonly init: () => RequestInit | Promise<RequestInit>;
  /**
   * A changed list: called only when the body differs from the last one. `appended` is true when
   * the new body is the last one with entries added at the end: `list` then holds only those.
   */
  readonly onData: (list: unknown[], appended: boolean) => void;
  readonly onStatus: (status: SourceStatus) => void;
  readonly fetch?: typeof fetch;
  readonly clock?: Clock;
  /** Time between reads while all is well. Default 5000 ms. */
  readonly interval?: number;
  /** A request that takes longer is given up. Default 15000 ms. */
  readonly timeout?: number;
}

/**
 * Reads a URL that answers a JSON array, again every `interval` while started, so a meeting sees
 * answers arrive.
 *
 * Decisions:
 * - Never two requests at once: the next one is planned only when the previous has ended.
 * - After a failure the wait grows (`interval` plus a backoff of up to a minute) so a struggling
 *   server is not hammered by every open laptop; the first success brings the interval back.
 * - 401/403 stop polling: asking again with the same token cannot help.
 * - A source that tags its list (`ETag`, as the collector does) is asked with `If-None-Match`; a 304
 *   means unchanged: no body is read, nothing is parsed or drawn (13 MB for 10,000 responses).
 * - The body is compared as text, so an unchanged list from a source without tags costs no parsing and no render.
 * - A list that only grew at the end (the collector answers oldest first) is parsed from where the
 *   last one ended: 10,000 responses are some 13 MB of JSON, and parsing all of it again for one
 *   new response would block the page for longer than a frame.
 * - A source that names a cursor (`Seeds-Cursor` and `Seeds-Count`, as the collector does) is
 *   asked `?after=<cursor>` next, and answers only what was added since: no 13 MB to receive and
 *   decode for one new response. When the count it gives is not the count so far plus the new
 *   ones (a response was deleted), or it names no cursor any more, the whole list is read again.
 */
export class SourcePoller {
  private timer: unknown = null;
  private request: AbortController | null = null;
  private failures = 0;
  /** The text of the last whole list taken in (null once lists come from a cursor). */
  private lastText: string | null = null;
  /** How many entries `lastText` holds, with those appended since. */
  private count = 0;
  /** The ETag of the last list taken in, when the source sent one. */
  private lastTag: string | null = null;
  /** Where the next read starts, when the source reads from a cursor. */
  private cursor: Cursor | null = null;
  private running = false;
  private stopped = false;

  constructor(private readonly options: PollerOptions) {}

  private get clock(): Clock {
    return this.options.clock ?? GLOBAL_TIMERS;
  }

  /** Starts (or resumes) reading: at once when nothing is under way. */
  start(): void {
    if (this.stopped) return;
    this.running = true;
    if (!this.request && this.timer === null) void this.poll();
  }

  /** Pauses: no new request is planned; one under way may finish. */
  pause(): void {
    this.running = false;
    this.clearTimer();
  }

  /** Stops for good: the request under way is aborted. */
  stop(): void {
    this.stopped = true;
    this.pause();
    this.request?.abort();
    this.request = null;
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.running || this.stopped) return;
    const interval = this.options.interval ?? 5000;
    const wait =
      this.failures === 0 ? interval : interval + backoffDelay(this.failures, { base: interval, max: 60_000 });
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, wait);
  }

  private async poll(): Promise<void> {
    const controller = new AbortController();
    this.request = controller;
    const timeout = this.clock.setTimeout(() => controller.abort(), this.options.timeout ?? 15_000);
    const status = await this.read(controller.signal);
    this.clock.clearTimeout(timeout);
    if (this.request !== controller) return; // stopped meanwhile
    this.request = null;
    this.failures = status.state === 'ready' ? 0 : this.failures + 1;
    this.options.onStatus(status);
    if (status.state === 'denied') this.stopped = true;
    else this.schedule();
  }

  private async read(signal: AbortSignal): Promise<SourceStatus> {
    const cursor = this.cursor;
    if (cursor) {
      const got = await this.fetchList(signal, cursor.value, true);
      if ('state' in got) return got;
      let list: unknown = null;
      try {
        list = JSON.parse(got.text);
      } catch {
        // not a list: read the whole list below
      }
      if (Array.isArray(list) && got.cursor && got.cursor.count === cursor.count + list.length) {
        this.cursor = got.cursor;
        this.lastTag = got.tag;
        this.lastText = null; // the whole text is not known now: a later whole read is taken whole
        if (list.length > 0) this.options.onData(list, true);
        return { state: 'ready' };
      }
      this.cursor = null;
    }
    // After a cursor read that did not add up, no If-None-Match: the list is needed whatever its tag.
    const got = await this.fetchList(signal, null, !cursor);
    return 'state' in got ? got : this.takeWhole(got);
  }

  /** One GET of the list (from `after` when given): the body, or how the request ended without one. */
  private async fetchList(
    signal: AbortSignal,
    after: string | null,
    conditional: boolean,
  ): Promise<SourceStatus | Read> {
    let response: Response;
    let text: string;
    try {
      const init = await this.options.init();
      const headers = new Headers(init.headers);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      const sentTag = conditional ? this.lastTag : null;
      if (sentTag !== null) headers.set('If-None-Match', sentTag);
      const doFetch = this.options.fetch ?? globalThis.fetch;
      // Only headers and credentials come from the hook: as for a POST, cookies go only when it says so.
      response = await doFetch(after === null ? this.options.url : withAfter(this.options.url, after), {
        method: 'GET',
        headers,
        credentials: init.credentials ?? 'omit',
        cache: 'no-store',
        signal,
      });
      if (response.status === 401 || response.status === 403) return { state: 'denied', status: response.status };
      // Only an answer to our own If-None-Match counts as "unchanged"; any other 304 is an error below.
      if (response.status === 304 && sentTag !== null) return { state: 'ready' };
      text = await response.text();
    } catch (error) {
      const message = signal.aborted ? 'no answer in time' : error instanceof Error ? error.message : String(error);
      return { state: 'unreachable', status: null, message };
    }
    if (!response.ok) return { state: 'unreachable', status: response.status, message: `HTTP ${response.status}` };
    return { text, tag: response.headers.get('ETag'), cursor: cursorOf(response.headers) };
  }

  /** Takes in a whole list: unchanged, grown at the end (only the new entries parsed), or new. */
  private takeWhole({ text, tag, cursor }: Read): SourceStatus {
    if (text === this.lastText) {
      this.lastTag = tag;
      return { state: 'ready' };
    }
    const tail = appendedTail(this.lastText, text);
    let list: unknown;
    try {
      list = JSON.parse(tail ?? text);
    } catch {
      if (tail === null) return { state: 'invalid', message: 'the answer is not JSON' };
      list = null; // the tail was not a list after all: read the whole text below
    }
    const appended = tail !== null && Array.isArray(list);
    if (tail !== null && !appended) {
      try {
        list = JSON.parse(text);
      } catch {
        return { state: 'invalid', message: 'the answer is not JSON' };
      }
    }
    if (!Array.isArray(list)) return { state: 'invalid', message: 'the answer is not a list of responses' };
    this.count = appended ? this.count + list.length : list.length;
    this.lastText = text;
    this.lastTag = tag;
    // A cursor only when its count is this list's: otherwise the next reads would not add up.
    this.cursor = cursor && cursor.count === this.count ? cursor : null;
    this.options.onData(list, appended);
    return { state: 'ready' };
  }
}

/**
 * When `next` is the JSON array `last` with entries appended (`[a,b]` → `[a,b,c]`), the appended
 * entries as a JSON array text (`[c]`); otherwise null. Only the shape is checked here: the caller
 * parses the result and falls back to the whole text when it is not a list.
 */
export function appendedTail(last: string | null, next: string): string | null {
  if (last === null) return null;
  const end = last.trimEnd();
  if (!end.endsWith(']') || next.length <= last.length) return null;
  const open = end.slice(0, -1);
  if (!next.startsWith(open)) return null;
  const rest = next.slice(open.length).trimStart();
  const wasEmpty = /^\s*\[\s*$/.test(open);
  if (wasEmpty) return null; // nothing to save: parse the whole (short) text
  if (!rest.startsWith(',')) return null;
  return `[${rest.slice(1)}`;
}
