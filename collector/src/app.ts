// The collector as a Fastify instance: plugins for CORS, rate limits and security headers, the routes,
// and JSON errors. Fastify because it brings these as maintained plugins, parses JSON safely
// (prototype poisoning refused), limits bodies, logs structured JSON (pino) and closes gracefully.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import { installErrorHandlers } from './errors.js';
import { communityRoutes } from './routes/communities.js';
import { responseRoutes } from './routes/responses.js';
import type { Storage } from './storage/types.js';
import { hashToken } from './tokens.js';

export type CollectorConfig = Pick<
  Config,
  'adminToken' | 'open' | 'origins' | 'rateLimit' | 'rateWindowMs' | 'bodyLimit' | 'logLevel' | 'trustProxy'
>;

export interface CollectorOptions {
  readonly config: CollectorConfig;
  readonly storage: Storage;
  /** Where logs go (default stdout); tests pass a stream to read them. */
  readonly logStream?: NodeJS.WritableStream;
}

/** Builds the collector; call `listen()` on it. Closing it does not close the storage. */
export async function createCollector({ config, storage, logStream }: CollectorOptions): Promise<FastifyInstance> {
  const logger: FastifyServerOptions['logger'] = {
    level: config.logLevel,
    // Belt and braces: the default serializers log no headers, but a token must never reach a log.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.token'], censor: '[hidden]' },
    ...(logStream ? { stream: logStream } : {}),
  };
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestTimeout: 30_000,
  });
  installErrorHandlers(app);
  // JSON only: a text/plain body is a 415, not a string that fails the schema.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    // An API answers JSON only: nothing it sends may run or be framed.
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: config.origins.length ? 'cross-origin' : 'same-origin' },
  });
  await app.register(cors, {
    origin: config.origins.length ? [...config.origins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'If-None-Match'],
    exposedHeaders: ['Retry-After', 'ETag', 'Seeds-Cursor', 'Seeds-Count'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    max: config.rateLimit,
    timeWindow: config.rateWindowMs,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`,
      message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });

  const adminTokenHash = config.adminToken ? hashToken(config.adminToken) : null;
  responseRoutes(app, { storage, open: config.open, adminTokenHash });
  communityRoutes(app, storage, adminTokenHash);
  return app;
}
