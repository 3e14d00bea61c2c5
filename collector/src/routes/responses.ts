// POST /api/responses: where the widget delivers; GET …/communities/:id/responses: the facilitator's read.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '../storage/types.js';
import { bearer, tokenMatches } from '../tokens.js';
import { checkPayload, digest } from '../validate.js';

export interface ResponseRouteOptions {
  readonly storage: Storage;
  readonly open: boolean;
  /** SHA-256 of SEEDS_ADMIN_TOKEN: the admin may read every community. */
  readonly adminTokenHash: string | null;
}

const ROUND_MAX = 200;

export function responseRoutes(app: FastifyInstance, { storage, open, adminTokenHash }: ResponseRouteOptions): void {
  app.post('/api/responses', async (request, reply) => {
    const checked = checkPayload(request.body);
    if (!checked.ok) {
      return reply
        .code(400)
        .send({ error: 'The body does not match schema/response.v1.json.', problems: checked.problems });
    }
    const payload = checked.value;
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== payload.id) {
      return reply.code(400).send({
        error: 'The Idempotency-Key header must equal the response id.',
        problems: [{ path: '/id', message: 'differs from the Idempotency-Key header' }],
      });
    }
    if (!open && (payload.community === null || !(await storage.community(payload.community)))) {
      return reply.code(404).send({
        error:
          payload.community === null
            ? 'This collector only takes responses for a registered community; the response names none.'
            : 'Unknown community: register it first (npm run collector -- community add <id>).',
      });
    }
    const result = await storage.putResponse({
      id: payload.id,
      community: payload.community,
      round: payload.round ?? null,
      body: JSON.stringify(payload),
      digest: digest(payload),
    });
    request.log.info({ response: payload.id, community: payload.community, result }, 'response');
    if (result === 'conflict') {
      return reply.code(409).send({ error: 'Another response with this id was stored before; ids must be unique.' });
    }
    return reply.code(result === 'created' ? 201 : 200).send({ id: payload.id, duplicate: result === 'duplicate' });
  });

  app.get<{ Params: { id: string }; Querystring: { round?: string | string[]; after?: string | string[] } }>(
    '/api/communities/:id/responses',
    async (request, reply) => {
      const community = await authorize(request, reply, storage, adminTokenHash);
      if (!community) return reply;
      const { round, after } = request.query;
      if (Array.isArray(round) || (round !== undefined && (round === '' || round.length > ROUND_MAX))) {
        return reply.code(400).send({ error: `round must be given once, as 1 to ${ROUND_MAX} characters.` });
      }
      if (after !== undefined && (Array.isArray(after) || !CURSOR.test(after))) {
        return reply.code(400).send({ error: 'after must be given once, as the Seeds-Cursor of an earlier read.' });
      }
      // The version is taken before the list, and the list is read up to the version's last
      // sequence: a response stored in between waits for the next read, so body, tag and cursor
      // always describe the same list.
      const version = await storage.responsesVersion(community, round);
      const etag = `"${version.count}-${version.last}"`;
      // The cursor and the count of the whole list: a reader that has the list up to a cursor asks
      // `?after=<cursor>` next time and gets only what was added since (one new response, not
      // 10,000); when its count plus the new ones is not this count, something was deleted and it
      // reads the whole list again.
      reply.header('ETag', etag).header('Cache-Control', 'no-store');
      reply.header('Seeds-Cursor', String(version.last)).header('Seeds-Count', String(version.count));
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      const range = { after: after === undefined ? 0 : Number(after), upTo: version.last };
      const bodies = await storage.responses(community, round, range);
      // The stored JSON texts are joined, not parsed and re-serialized: reading 10,000 stays cheap.
      return reply
        .code(200)
        .type('application/json; charset=utf-8')
        .send(`[${bodies.join(',')}]`);
    },
  );
}

/** A cursor: a storage sequence, a whole number below 2^53. */
const CURSOR = /^(0|[1-9]\d{0,14})$/;

/** Whether an If-None-Match header names this tag (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The community id when the request carries its facilitator token (or the admin token); else answers 401/403/404. */
export async function authorize(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  storage: Storage,
  adminTokenHash: string | null,
): Promise<string | null> {
  const token = bearer(request.headers.authorization);
  if (!token) {
    reply
      .code(401)
      .header('WWW-Authenticate', 'Bearer realm="seeds-collector"')
      .send({ error: "Send the community's facilitator token as Authorization: Bearer <token>." });
    return null;
  }
  const community = await storage.community(request.params.id);
  if (!community) {
    reply.code(404).send({ error: 'Unknown community.' });
    return null;
  }
  const isAdmin = adminTokenHash !== null && tokenMatches(token, adminTokenHash);
  if (!isAdmin && !tokenMatches(token, community.tokenHash)) {
    request.log.info({ community: community.id }, 'token refused');
    reply.code(403).send({ error: "This token does not open this community's responses." });
    return null;
  }
  return community.id;
}
