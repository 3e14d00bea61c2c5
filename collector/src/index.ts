// The collector as a library: the demo and the tests start it in-process.
export { createCollector, type CollectorConfig, type CollectorOptions } from './app.js';
export { BODY_LIMIT, ConfigError, readConfig, type Config } from './config.js';
export { exportCsv, exportJson } from './export.js';
export { PortInUseError, startCollector, stopOnSignals, type Running } from './server.js';
export { openStorage } from './storage/open.js';
export { PostgresStorage } from './storage/postgres.js';
export { SqliteStorage } from './storage/sqlite.js';
export type { Community, CommunityRecord, CommunitySummary, NewResponse, PutResult, Storage } from './storage/types.js';
export { bearer, hashToken, newToken, tokenMatches } from './tokens.js';
