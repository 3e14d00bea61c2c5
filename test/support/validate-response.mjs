// Validates a payload against the shipped JSON Schema (schema/response.v1.json) with ajv in Node.
// Used by the test endpoint middleware; the demo server can import it too.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const responseSchema = JSON.parse(
  readFileSync(new URL('../../schema/response.v1.json', import.meta.url), 'utf8'),
);

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(responseSchema);

/**
 * @param {unknown} body A parsed JSON payload.
 * @returns {{ valid: boolean, errors: { path: string, message: string }[] }}
 */
export function validateResponse(body) {
  const valid = validate(body);
  return {
    valid,
    errors: valid
      ? []
      : (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword })),
  };
}
