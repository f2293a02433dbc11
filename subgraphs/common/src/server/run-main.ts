import { createLogger, type Logger } from '../logger';

/**
 * The body of every subgraph's main.ts: parse config, start, and stop cleanly on SIGINT/SIGTERM so the
 * launcher and container runtimes see a graceful exit.
 */
export function runSubgraphMain<C extends { logLevel: string }>(
  name: string,
  loadConfig: () => C,
  start: (config: C, options: { logger: Logger }) => Promise<{ stop(): Promise<void> }>,
): void {
  const logger = createLogger(name);
  const main = async () => {
    const config = loadConfig();
    const running = await start(config, { logger: createLogger(name, config.logLevel) });
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  };
  main().catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'failed to start');
    process.exit(1);
  });
}
