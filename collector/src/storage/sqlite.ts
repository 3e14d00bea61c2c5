// SQLite through better-sqlite3: the embedded default. One file, WAL mode, synchronous calls (the
// statements take microseconds, so running them on the event loop is simpler and faster than a pool).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { CommunityRecord, CommunitySummary, NewResponse, PutResult, SequenceRange, Storage } from './types.js';

export interface SqliteOptions {
  /**
   * `full` (the default when constructed directly) syncs the WAL to disk at every commit, so an
   * acknowledged response survives a power cut too; `normal` survives a crash of the collector but
   * may lose the last commits on power loss. The server takes `SEEDS_SQLITE_SYNC` (default `normal`).
   */
  readonly synchronous?: 'full' | 'normal';
}

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private statements?: ReturnType<SqliteStorage['prepare']>;

  constructor(file: string, options: SqliteOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('busy_timeout = 5000'); // the CLI may write while the server runs
    this.db.pragma('foreign_keys = ON');
  }

  private prepare() {
    const db = this.db;
    return {
      insertCommunity: db.prepare(
        'INSERT INTO communities (id, name, token_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      ),
      setToken: db.prepare('UPDATE communities SET token_hash = ? WHERE id = ?'),
      community: db.prepare(
        'SELECT id, name, token_hash AS tokenHash, created_at AS createdAt FROM communities WHERE id = ?',
      ),
      communities: db.prepare(
        `SELECT c.id, c.name, c.created_at AS createdAt, (SELECT COUNT(*) FROM responses r WHERE r.community = c.id) AS responses
         FROM communities c ORDER BY c.id`,
      ),
      insertResponse: db.prepare(
        `INSERT INTO responses (id, community, round, body, digest, received_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      ),
      digest: db.prepare('SELECT digest FROM responses WHERE id = ?').pluck(),
      responses: db.prepare('SELECT body FROM responses WHERE community = ? ORDER BY seq').pluck(),
      responsesOfRound: db.prepare('SELECT body FROM responses WHERE community = ? AND round = ? ORDER BY seq').pluck(),
      responsesIn: db
        .prepare('SELECT body FROM responses WHERE community = ? AND seq > ? AND seq <= ? ORDER BY seq')
        .pluck(),
      responsesOfRoundIn: db
        .prepare('SELECT body FROM responses WHERE community = ? AND round = ? AND seq > ? AND seq <= ? ORDER BY seq')
        .pluck(),
      version: db.prepare('SELECT COUNT(*) AS count, COALESCE(MAX(seq), 0) AS last FROM responses WHERE community = ?'),
      versionOfRound: db.prepare(
        'SELECT COUNT(*) AS count, COALESCE(MAX(seq), 0) AS last FROM responses WHERE community = ? AND round = ?',
      ),
      deleteResponse: db.prepare('DELETE FROM responses WHERE id = ?'),
    };
  }

  private get q() {
    if (!this.statements) throw new Error('SqliteStorage: migrate() must run first');
    return this.statements;
  }

  async migrate(): Promise<void> {
    const db = this.db;
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const apply = db.transaction(() => {
      const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      for (const migration of SQLITE_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        db.exec(migration.sql);
        db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
          migration.version,
          new Date().toISOString(),
        );
      }
    });
    apply.immediate(); // take the write lock first: two processes starting at once do not race
    this.statements = this.prepare();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async addCommunity(c: { id: string; name: string; tokenHash: string }): Promise<boolean> {
    return this.q.insertCommunity.run(c.id, c.name, c.tokenHash, new Date().toISOString()).changes === 1;
  }

  async setCommunityToken(id: string, tokenHash: string): Promise<boolean> {
    return this.q.setToken.run(tokenHash, id).changes === 1;
  }

  async community(id: string): Promise<CommunityRecord | null> {
    return (this.q.community.get(id) as CommunityRecord | undefined) ?? null;
  }

  async communities(): Promise<CommunitySummary[]> {
    return this.q.communities.all() as CommunitySummary[];
  }

  async putResponse(r: NewResponse): Promise<PutResult> {
    const q = this.q;
    const inserted = q.insertResponse.run(r.id, r.community, r.round, r.body, r.digest, new Date().toISOString());
    if (inserted.changes === 1) return 'created';
    return q.digest.get(r.id) === r.digest ? 'duplicate' : 'conflict';
  }

  async responses(community: string, round?: string, range?: SequenceRange): Promise<string[]> {
    const q = this.q;
    if (range) {
      const { after, upTo } = range;
      return (
        round === undefined
          ? q.responsesIn.all(community, after, upTo)
          : q.responsesOfRoundIn.all(community, round, after, upTo)
      ) as string[];
    }
    return (round === undefined ? q.responses.all(community) : q.responsesOfRound.all(community, round)) as string[];
  }

  async responsesVersion(community: string, round?: string): Promise<{ count: number; last: number }> {
    const q = this.q;
    const row = (round === undefined ? q.version.get(community) : q.versionOfRound.get(community, round)) as {
      count: number;
      last: number;
    };
    return { count: Number(row.count), last: Number(row.last) };
  }

  async deleteResponse(id: string): Promise<boolean> {
    return this.q.deleteResponse.run(id).changes > 0;
  }

  /** A consistent copy of the database while it is in use (SQLite's online backup). */
  async backup(file: string): Promise<void> {
    mkdirSync(dirname(file), { recursive: true });
    await this.db.backup(file);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
