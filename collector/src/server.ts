// Starts the collector: storage (migrated), HTTP, and a graceful stop on SIGTERM/SIGINT that lets
// requests under way finish (new ones get 503) before the database is closed.
import type { FastifyInstance } from 'fastify';
import { createCollector } from './app.js';
import type { Config } from './config.js';
import { openStorage } from './storage/open.js';
import type { Storage } from './storage/types.js';

export interface Running {
  readonly app: FastifyInstance;
  readonly storage: Storage;
  readonly url: string;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is in use by another program. Stop that program, or start on another port, e.g. PORT=${port + 1}.`,
    );
  }
}

/**
 * Opens the storage and listens. `extend` may add routes (the demo adds its pages) before listening.
 */
export async function startCollector(
  config: Config,
  extend?: (app: FastifyInstance, storage: Storage) => Promise<void> | void,
): Promise<Running> {
  const storage = await openStorage(config);
  let app: FastifyInstance | undefined;
  try {
    app = await createCollector({ config, storage });
    await extend?.(app, storage);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close().catch(() => {});
    await storage.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(config.port);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  const server = app;
  return {
    app,
    storage,
    url: `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        await server.close();
        await storage.close();
      })()),
  };
}

/** Stops on SIGTERM or SIGINT; a second signal stops at once. */
export function stopOnSignals(running: Running): void {
  let asked = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (asked) process.exit(1);
    asked = true;
    running.app.log.info({ signal }, 'stopping: finishing requests under way');
    running.stop().then(
      () => {
        running.app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        running.app.log.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
