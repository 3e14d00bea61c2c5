// Validates payloads against the one schema the widget ships (schema/response.v1.json at the repo
// root, read in place: no copy to drift). Ajv is the validator Fastify itself builds on.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import stringify from 'safe-stable-stringify';
import { createHash } from 'node:crypto';

// ajv-formats is CommonJS; its default export arrives wrapped.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** Where the shared schema is, from dist/ or src/ of the collector. */
export const SCHEMA_URL = new URL('../../schema/response.v1.json', import.meta.url);

export interface Problem {
  readonly path: string;
  readonly message: string;
}

export interface Payload {
  readonly id: string;
  readonly community: string | null;
  readonly round?: string;
  readonly [key: string]: unknown;
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validatePayload = ajv.compile<Payload>(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')));

const COMMUNITY_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,119}$/u;
const validateCommunity = ajv.compile<{ id: string; name?: string }>({
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 120 },
    name: { type: 'string', maxLength: 200 },
  },
});

const MAX_PROBLEMS = 25;

function problems(errors: ErrorObject[] | null | undefined): Problem[] {
  return (errors ?? []).slice(0, MAX_PROBLEMS).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? `: ${String(e.params.additionalProperty)}` : '';
    const allowed = e.keyword === 'enum' ? `: ${(e.params.allowedValues as unknown[]).join(', ')}` : '';
    return { path: e.instancePath || '/', message: `${e.message ?? e.keyword}${extra}${allowed}` };
  });
}

export function checkPayload(body: unknown): { ok: true; value: Payload } | { ok: false; problems: Problem[] } {
  return validatePayload(body) ? { ok: true, value: body } : { ok: false, problems: problems(validatePayload.errors) };
}

export function isCommunityId(id: string): boolean {
  return COMMUNITY_ID.test(id);
}

export function checkNewCommunity(
  body: unknown,
): { ok: true; value: { id: string; name?: string } } | { ok: false; problems: Problem[] } {
  if (!validateCommunity(body)) return { ok: false, problems: problems(validateCommunity.errors) };
  if (!isCommunityId(body.id)) {
    return {
      ok: false,
      problems: [{ path: '/id', message: 'use letters, digits, ".", "_" or "-", starting with a letter or digit' }],
    };
  }
  return { ok: true, value: body };
}

/** Same for the same content whatever the order of the keys: tells a retry from another body. */
export function digest(payload: unknown): string {
  return createHash('sha256')
    .update(stringify(payload) ?? '', 'utf8')
    .digest('hex');
}
