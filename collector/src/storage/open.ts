// Picks the storage from the configuration and brings its schema up to date.
import type { Config } from '../config.js';
import { PostgresStorage } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage } from './types.js';

export async function openStorage(
  config: Pick<Config, 'databaseUrl' | 'sqliteFile'> & Partial<Pick<Config, 'sqliteSync'>>,
): Promise<Storage> {
  const storage = config.databaseUrl
    ? new PostgresStorage(config.databaseUrl)
    : new SqliteStorage(config.sqliteFile, { synchronous: config.sqliteSync ?? 'normal' });
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close().catch(() => {});
    throw error;
  }
  return storage;
}
