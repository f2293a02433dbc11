import { loadGatewayConfig } from './config';
import { createLogger } from './logger';

import { start } from './index';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger(config.logLevel);
  const gateway = await start(config, { logger });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    gateway.stop().then(
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
  createLogger().fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
