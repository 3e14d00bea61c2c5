import { createStore, get, set } from 'idb-keyval';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { buildResponse, type SeedsResponse } from '../../src/model/response.js';
import { DB_NAME, STORE_NAME } from '../../src/services/backend.js';
import { randomId } from '../../src/services/uuid.js';

/** A name no other test uses: for namespaces and scripted endpoints (tests share one browser and one server). */
export const unique = (label: string): string => `${label}-${randomId()}`;

/** A complete quick response with a few answers. */
export function sampleResponse(overrides: Partial<SeedsResponse> = {}): SeedsResponse {
  const response = buildResponse({
    id: randomId(),
    model: DEFAULT_MODEL,
    instrument: 'quick',
    locale: 'nl',
    community: 'greenport',
    role: 'education',
    answers: { 'commitment.1': 4, 'shared-vision.1': 2, 'reputation.1': null },
    startedAt: new Date('2026-03-01T09:00:00.000Z'),
    completedAt: new Date('2026-03-01T09:04:00.000Z'),
  });
  return { ...response, ...overrides };
}

/** The widget's own IndexedDB store, for writing garbage and reading what is really there. */
const raw = createStore(DB_NAME, STORE_NAME);
export const rawGet = (key: string): Promise<unknown> => get(key, raw);
export const rawSet = (key: string, value: unknown): Promise<void> => set(key, value, raw);

// The scriptable endpoint of test/support/endpoint-middleware.mjs.

export interface Planned {
  status?: number;
  retryAfter?: number | string;
  hang?: boolean;
  hangMs?: number;
  delay?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Recorded {
  method: string;
  headers: Record<string, string>;
  idempotencyKey: string | null;
  authorization: string | null;
  contentType: string | null;
  cookie: string | null;
  body: SeedsResponse | null;
  validation: { valid: boolean; errors: { path: string; message: string }[] };
  answeredWith: number | 'hang';
}

/** A fresh endpoint that answers with `plan`, one entry per request, then 201. Returns its absolute URL. */
export async function scriptedEndpoint(label: string, plan: Planned[] = []): Promise<string> {
  const name = unique(label);
  const answer = await fetch(`/__endpoint/script/${name}`, { method: 'POST', body: JSON.stringify(plan) });
  if (!answer.ok) throw new Error(`could not script ${name}: ${answer.status}`);
  return new URL(`/__endpoint/${name}`, location.href).href;
}

export async function requestsTo(endpoint: string): Promise<Recorded[]> {
  const answer = await fetch(`${endpoint}/requests`, { cache: 'no-store' });
  return answer.json();
}

/** Validates a payload with ajv against schema/response.v1.json (in Node, through the middleware). */
export async function schemaCheck(body: unknown): Promise<Recorded['validation']> {
  const answer = await fetch('/__endpoint/validate', { method: 'POST', body: JSON.stringify(body) });
  return answer.json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tiny backoff so retry tests take milliseconds. */
export const FAST = { backoff: { base: 20, factor: 2, max: 50 }, random: () => 1 } as const;

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
