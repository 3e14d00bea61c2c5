import type { SeedsResponse } from '../../src/model/response.js';
import { unique } from './data.js';

// The scriptable endpoint of test/support/endpoint-middleware.mjs.

export interface Planned {
  status?: number;
  retryAfter?: number | string;
  hang?: boolean;
  hangMs?: number;
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
