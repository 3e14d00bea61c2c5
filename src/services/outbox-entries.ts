import type { SeedsResponse } from '../model/response.js';
import { resolveEndpoint } from './endpoint.js';
import { InvalidEndpointError } from './outbox-types.js';
import { RECORD_VERSION, type OutboxEntry } from './records.js';

// A response's outbox record as "Finish" writes it (with the response, in one transaction); what
// the outbox does with its records afterwards is in ./outbox-records.ts.

/**
 * The record of a response not yet stored: due now, no attempt made.
 * @throws InvalidEndpointError when `endpoint` is not an absolute http(s) URL.
 */
export function newEntry(response: SeedsResponse, endpoint: string, now: number): OutboxEntry {
  const checked = resolveEndpoint(endpoint, 'about:blank');
  if (!checked.ok) throw new InvalidEndpointError(checked.reason);
  return {
    version: RECORD_VERSION,
    response,
    endpoint: checked.url,
    attempt: 0,
    nextAttemptAt: new Date(now).toISOString(),
    state: 'pending',
  };
}
