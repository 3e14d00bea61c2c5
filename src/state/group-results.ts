import type { Model } from '../model/model.js';
import type { SeedsResponse } from '../model/response.js';
import { validateResponse } from '../model/validate-response.js';

/** Checks the host's `results` for the group view: readable responses are kept, the rest named. */
export function validateResults(input: unknown, model: Model): { responses: SeedsResponse[]; errors: string[] } {
  if (!Array.isArray(input)) return { responses: [], errors: ['results: expected an array of responses'] };
  const responses: SeedsResponse[] = [];
  const errors: string[] = [];
  input.forEach((item, index) => {
    const result = validateResponse(item, model);
    if (result.ok) responses.push(result.value);
    else errors.push(`results[${index}]: ${result.errors[0]}`);
  });
  return { responses, errors };
}
