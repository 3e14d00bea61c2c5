// Reads the collector's settings from the environment, with readable errors instead of surprises.
import { resolve } from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** SQLite file; used when `databaseUrl` is not set. */
  readonly sqliteFile: string;
  /**
   * SQLite's `synchronous` in WAL mode (`SEEDS_SQLITE_SYNC`). `normal` (default): a commit is in the
   * WAL before the `201`, so a killed collector loses nothing it acknowledged; only a power cut or an
   * OS crash can lose the last commits. `full` also survives those, at one fsync per response
   * (about 5 ms on a common disk, so roughly a fifth of the throughput).
   */
  readonly sqliteSync: 'normal' | 'full';
  /** `postgres://…`: use PostgreSQL instead of SQLite. */
  readonly databaseUrl: string | null;
  /** Enables `POST /api/communities`. */
  readonly adminToken: string | null;
  /** Accept responses for communities nobody registered (`SEEDS_OPEN=1`). */
  readonly open: boolean;
  /** Origins that may post and read from a browser (CORS). */
  readonly origins: readonly string[];
  /** Requests one client may make per `rateWindowMs`. */
  readonly rateLimit: number;
  readonly rateWindowMs: number;
  readonly bodyLimit: number;
  readonly logLevel: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (`SEEDS_TRUST_PROXY`). */
  readonly trustProxy: boolean | string;
}

export class ConfigError extends Error {}

/** 64 KB: a full response is about 5 KB, so this leaves room without inviting abuse. */
export const BODY_LIMIT = 64 * 1024;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  return ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const adminToken = env.SEEDS_ADMIN_TOKEN?.trim() || null;
  if (adminToken && adminToken.length < 16) {
    throw new ConfigError('SEEDS_ADMIN_TOKEN must be at least 16 characters (use a long random value).');
  }
  const origins = (env.SEEDS_ORIGINS ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      try {
        const url = new URL(origin);
        if (url.origin === 'null' || url.origin !== origin.replace(/\/$/, '')) throw new Error();
        return url.origin;
      } catch {
        throw new ConfigError(`SEEDS_ORIGINS: "${origin}" is not an origin like https://example.org.`);
      }
    });
  const logLevel = env.SEEDS_LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`SEEDS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  const trust = env.SEEDS_TRUST_PROXY?.trim();
  const sqliteSync = (env.SEEDS_SQLITE_SYNC?.trim().toLowerCase() || 'normal') as Config['sqliteSync'];
  if (sqliteSync !== 'normal' && sqliteSync !== 'full') {
    throw new ConfigError(`SEEDS_SQLITE_SYNC must be normal or full, got "${env.SEEDS_SQLITE_SYNC}".`);
  }
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host: env.HOST || '0.0.0.0',
    sqliteFile: resolve(cwd, env.SEEDS_DB || 'data/seeds.db'),
    sqliteSync,
    databaseUrl,
    adminToken,
    open: flag(env, 'SEEDS_OPEN'),
    origins,
    rateLimit: integer(env, 'SEEDS_RATE_LIMIT', 300, 1, 10_000_000),
    rateWindowMs: integer(env, 'SEEDS_RATE_WINDOW_MS', 60_000, 1000, 86_400_000),
    bodyLimit: BODY_LIMIT,
    logLevel,
    trustProxy: !trust ? false : ['1', 'true'].includes(trust) ? true : trust,
  };
}
