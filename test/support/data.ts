import { createStore, get, set } from 'idb-keyval';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import { buildResponse } from '../../src/model/build-response.js';
import type { SeedsResponse } from '../../src/model/response.js';
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

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
