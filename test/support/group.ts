import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import type { SeedsOfInnovation } from '../../src/index.js';
import { buildResponse, type SeedsResponse } from '../../src/model/response.js';
import type { Role } from '../../src/model/roles.js';
import type { AnswerValue } from '../../src/model/scale.js';
import type { Clock } from '../../src/services/source-poller.js';
import { randomId } from '../../src/services/uuid.js';
import { unique } from './data.js';
import { requestsTo, scriptedEndpoint } from './endpoint.js';
import { deepQuery, until } from './dom.js';
import { mountWidget, settle } from './widget.js';

/** Timers that run only when the test says so: the test drains them instead of waiting. */
export class FakeClock implements Clock {
  private next = 1;
  readonly timers = new Map<number, { callback: () => void; ms: number }>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { callback, ms });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** The wait of the planned next read (the request timeout of 15 s is not one). */
  plannedPoll(): number | undefined {
    return [...this.timers.values()].find((t) => t.ms !== 15_000)?.ms;
  }

  /** Runs the planned next read now. */
  runPoll(): void {
    const entry = [...this.timers.entries()].find(([, t]) => t.ms !== 15_000);
    if (!entry) throw new Error('no read is planned');
    this.timers.delete(entry[0]);
    entry[1].callback();
  }
}

/** A quick response with `value` (1–5 or null) for every statement, or per factor id. */
export function groupResponse(
  value: AnswerValue | Record<string, AnswerValue>,
  options: { role?: Role | null; round?: string; locale?: 'nl' | 'en' } = {},
): SeedsResponse {
  const answers = Object.fromEntries(
    DEFAULT_MODEL.factors.map((f) => [
      `${f.id}.1`,
      typeof value === 'object' && value !== null ? (f.id in value ? value[f.id] : 4) : value,
    ]),
  );
  const response = buildResponse({
    id: randomId(),
    model: DEFAULT_MODEL,
    instrument: 'quick',
    locale: options.locale ?? 'en',
    community: 'greenport',
    role: options.role ?? null,
    answers,
    startedAt: new Date('2026-03-01T09:00:00.000Z'),
    completedAt: new Date('2026-03-01T09:04:00.000Z'),
  });
  return options.round ? { ...response, round: options.round } : response;
}

/** A scripted source: responses are stored by POSTing them; GETs answer them (or follow `gets`). */
export async function scriptedSource(label: string, responses: readonly SeedsResponse[] = [], gets: object[] = []) {
  const url = await scriptedEndpoint(label);
  await addResponses(url, responses);
  if (gets.length) await planGets(url, gets);
  return url;
}

export async function addResponses(url: string, responses: readonly SeedsResponse[]): Promise<void> {
  for (const r of responses) {
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(r) });
  }
}

/** Plans the next GET answers: `{ status, body }`, `{ drop: true }`, `{ text }`. */
export async function planGets(url: string, gets: object[]): Promise<void> {
  const name = new URL(url).pathname.split('/').pop();
  await fetch(`/__endpoint/script/${name}?method=GET`, { method: 'POST', body: JSON.stringify(gets) });
}

export async function readsOf(url: string) {
  return (await requestsTo(url)).filter((r) => r.method === 'GET');
}

/** The group view's shadow root. */
export const groupRoot = (el: Element) => deepQuery(el, 'seeds-group')!.shadowRoot!;

/**
 * Mounts `<seeds-of-innovation view="group">` reading `source` with a fake clock, and waits for
 * the first read to end (the next one planned, or polling stopped).
 */
export async function mountGroup(
  attrs: Record<string, string>,
  options: {
    source?: string;
    clock?: FakeClock;
    requestInit?: SeedsOfInnovation['requestInit'];
    fetch?: typeof fetch;
  } = {},
): Promise<{ el: SeedsOfInnovation; clock: FakeClock }> {
  const clock = options.clock ?? new FakeClock();
  const el = await mountWidget({ lang: 'en', community: unique('group'), view: 'group', ...attrs });
  const group = await until(() => deepQuery<HTMLElement & { io: object }>(el, 'seeds-group'), 3000, 'the group view');
  group.io = { clock, fetch: options.fetch };
  if (options.requestInit) el.requestInit = options.requestInit;
  if (options.source) {
    el.setAttribute('source', options.source);
    await settle(el);
    await readEnded(el, clock);
  }
  await settle(el);
  return { el, clock };
}

/** Runs the planned next read and waits until it has ended. */
export async function nextRead(el: SeedsOfInnovation, clock: FakeClock, url: string): Promise<void> {
  const before = (await readsOf(url)).length;
  clock.runPoll();
  for (let i = 0; (await readsOf(url)).length <= before; i++) {
    if (i > 200) throw new Error('the next read never came');
    await new Promise((r) => requestAnimationFrame(r));
  }
  await readEnded(el, clock);
}

/** Waits until the read under way has ended: the next one is planned, or polling stopped. */
export async function readEnded(el: SeedsOfInnovation, clock: FakeClock): Promise<void> {
  await until(() => clock.plannedPoll() !== undefined || stopped(el), 5000, 'the read to end');
  await taken(el);
}

/** Waits until the group view has taken in what it was given (validation runs in slices). */
export async function taken(el: SeedsOfInnovation): Promise<void> {
  await settle(el);
  await until(() => groupRoot(el).querySelector('[data-busy="false"]'), 5000, 'the responses to be taken in');
  await settle(el);
}

const stopped = (el: Element) => Boolean(groupRoot(el).querySelector('[data-source-state="denied"]'));
