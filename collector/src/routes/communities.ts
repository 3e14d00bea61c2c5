// POST /api/communities (only with SEEDS_ADMIN_TOKEN): registers a community and hands out its
// facilitator token, once. GET /api/health: for load balancers and uptime checks.
import type { FastifyInstance } from 'fastify';
import type { Storage } from '../storage/types.js';
import { bearer, hashToken, newToken, tokenMatches } from '../tokens.js';
import { checkNewCommunity } from '../validate.js';

export function communityRoutes(app: FastifyInstance, storage: Storage, adminTokenHash: string | null): void {
  if (adminTokenHash !== null) {
    app.post('/api/communities', async (request, reply) => {
      const token = bearer(request.headers.authorization);
      if (!token) {
        return reply
          .code(401)
          .header('WWW-Authenticate', 'Bearer realm="seeds-collector"')
          .send({ error: 'Send the admin token as Authorization: Bearer <token>.' });
      }
      if (!tokenMatches(token, adminTokenHash)) return reply.code(403).send({ error: 'This is not the admin token.' });
      const checked = checkNewCommunity(request.body);
      if (!checked.ok) {
        return reply
          .code(400)
          .send({ error: 'Send { "id": "<community id>", "name": "…" }.', problems: checked.problems });
      }
      const { id, name } = checked.value;
      const facilitatorToken = newToken();
      const added = await storage.addCommunity({ id, name: name ?? id, tokenHash: hashToken(facilitatorToken) });
      if (!added) return reply.code(409).send({ error: `A community "${id}" exists already.` });
      request.log.info({ community: id }, 'community added');
      return reply.code(201).header('Cache-Control', 'no-store').send({ id, token: facilitatorToken });
    });
  }

  app.get('/api/health', { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await storage.ping();
      return reply.header('Cache-Control', 'no-store').send({ status: 'ok', storage: storage.kind });
    } catch (error) {
      request.log.error({ err: error }, 'storage unreachable');
      return reply.code(503).send({ status: 'unavailable', storage: storage.kind });
    }
  });
}
