import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import type { SeedsOfInnovation } from '../../src/index.js';
import { buildResponse } from '../../src/model/build-response.js';
import type { SeedsResponse } from '../../src/model/response.js';
import type { Role } from '../../src/model/roles.js';
import type { AnswerValue } from '../../src/model/scale.js';
import { randomId } from '../../src/services/uuid.js';
import { ManualClock } from './clock.js';
import { unique } from './data.js';
import { requestsTo, scriptedEndpoint } from './endpoint.js';
import { deepQuery, until } from './dom.js';
import { mountWidget, settle } from './widget.js';

/** The request timeout of a read (15 s): a planned timer, but no poll. */
const REQUEST_TIMEOUT = 15_000;

/** The manual clock with the group view's vocabulary: the planned next read, run on demand. */
export class FakeClock extends ManualClock {
  /** The wait of the planned next read. */
  plannedPoll(): number | undefined {
    return this.delays().find((ms) => ms !== REQUEST_TIMEOUT);
  }

  /** Runs the planned next read now. */
  runPoll(): void {
    this.runWhere((ms) => ms !== REQUEST_TIMEOUT);
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
  const group = await until(() => deepQuery<HTMLElement & { io: object }>(el, 'seeds-group'), 'the group view');
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
  await until(() => clock.plannedPoll() !== undefined || stopped(el), 'the read to end');
  await taken(el);
}

/** Waits until the group view has taken in what it was given (validation runs in slices). */
export async function taken(el: SeedsOfInnovation): Promise<void> {
  await settle(el);
  await until(() => groupRoot(el).querySelector('[data-busy="false"]'), 'the responses to be taken in');
  await settle(el);
}

const stopped = (el: Element) => Boolean(groupRoot(el).querySelector('[data-source-state="denied"]'));
