// PostgreSQL through pg, for hosts that outgrow one machine or already run it. Same tables as SQLite.
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import type { CommunityRecord, CommunitySummary, NewResponse, PutResult, SequenceRange, Storage } from './types.js';

export interface PostgresOptions {
  /** A schema to keep the tables in (created when missing); the tests give each run its own. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/** Any fixed number: serializes migrations of several collectors starting at once. */
const MIGRATION_LOCK = 0x5eed5;

export class PostgresStorage implements Storage {
  readonly kind = 'postgresql' as const;
  private readonly pool: pg.Pool;
  private readonly schema?: string;

  constructor(connectionString: string, options: PostgresOptions = {}) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
      throw new Error(`PostgresStorage: "${options.schema}" is not a plain schema name`);
    }
    this.schema = options.schema;
    this.pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
        );
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
        const done = new Set(rows.map((row) => row.version));
        for (const migration of POSTGRES_MIGRATIONS) {
          if (done.has(migration.version)) continue;
          await client.query('BEGIN');
          try {
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
              migration.version,
            ]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async addCommunity(c: { id: string; name: string; tokenHash: string }): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO communities (id, name, token_hash, created_at) VALUES ($1, $2, $3, now()) ON CONFLICT (id) DO NOTHING',
      [c.id, c.name, c.tokenHash],
    );
    return result.rowCount === 1;
  }

  async setCommunityToken(id: string, tokenHash: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE communities SET token_hash = $1 WHERE id = $2', [tokenHash, id]);
    return result.rowCount === 1;
  }

  async community(id: string): Promise<CommunityRecord | null> {
    const { rows } = await this.pool.query<{ id: string; name: string; tokenHash: string; createdAt: Date }>(
      'SELECT id, name, token_hash AS "tokenHash", created_at AS "createdAt" FROM communities WHERE id = $1',
      [id],
    );
    const row = rows[0];
    return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
  }

  async communities(): Promise<CommunitySummary[]> {
    const { rows } = await this.pool.query<{ id: string; name: string; createdAt: Date; responses: string }>(
      `SELECT c.id, c.name, c.created_at AS "createdAt",
              (SELECT COUNT(*) FROM responses r WHERE r.community = c.id) AS responses
       FROM communities c ORDER BY c.id`,
    );
    return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), responses: Number(row.responses) }));
  }

  async putResponse(r: NewResponse): Promise<PutResult> {
    // ON CONFLICT waits for a concurrent insert of the same id to commit, so twenty identical
    // posts at once store one row and the other nineteen see it.
    const inserted = await this.pool.query(
      `INSERT INTO responses (id, community, round, body, digest, received_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (id) DO NOTHING`,
      [r.id, r.community, r.round, r.body, r.digest],
    );
    if (inserted.rowCount === 1) return 'created';
    const { rows } = await this.pool.query<{ digest: string }>('SELECT digest FROM responses WHERE id = $1', [r.id]);
    return rows[0]?.digest === r.digest ? 'duplicate' : 'conflict';
  }

  async responses(community: string, round?: string, range?: SequenceRange): Promise<string[]> {
    const where = ['community = $1'];
    const values: (string | number)[] = [community];
    if (round !== undefined) where.push(`round = $${values.push(round)}`);
    if (range) where.push(`seq > $${values.push(range.after)}`, `seq <= $${values.push(range.upTo)}`);
    const { rows } = await this.pool.query<{ body: string }>(
      `SELECT body FROM responses WHERE ${where.join(' AND ')} ORDER BY seq`,
      values,
    );
    return rows.map((row) => row.body);
  }

  async responsesVersion(community: string, round?: string): Promise<{ count: number; last: number }> {
    const select = 'SELECT COUNT(*) AS count, COALESCE(MAX(seq), 0) AS last FROM responses WHERE community = $1';
    const { rows } =
      round === undefined
        ? await this.pool.query<{ count: string; last: string }>(select, [community])
        : await this.pool.query<{ count: string; last: string }>(`${select} AND round = $2`, [community, round]);
    // COUNT and BIGINT arrive as text; both stay far below 2^53.
    return { count: Number(rows[0].count), last: Number(rows[0].last) };
  }

  async deleteResponse(id: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM responses WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
