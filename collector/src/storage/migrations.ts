// Schema migrations, numbered, one list per dialect. Applied in order at start; each in a transaction
// together with its row in schema_migrations, so a crash never leaves half a migration.

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE communities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE responses (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        community TEXT,
        round TEXT,
        body TEXT NOT NULL,
        digest TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX responses_by_community ON responses (community, round, seq);`,
  },
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE communities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE responses (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        community TEXT,
        round TEXT,
        body TEXT NOT NULL,
        digest TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX responses_by_community ON responses (community, round, seq);`,
  },
];
