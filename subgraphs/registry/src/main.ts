import { createLogger } from '@imajin/subgraph-common';

import { loadRegistryConfig, start } from './index';

const logger = createLogger('registry');

async function main(): Promise<void> {
  const config = loadRegistryConfig();
  const running = await start(config, { logger: createLogger('registry', config.logLevel) });
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
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'failed to start');
  process.exit(1);
});
