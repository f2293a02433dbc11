import cluster from 'node:cluster';

import { runPrimary, runWorker } from './cluster';
import { loadGatewayConfig } from './config';
import { createLogger } from './logger';

import { start, type RunningGateway } from './index';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger(config.logLevel);
  const workers = config.workers ?? 1;

  let stop: () => Promise<unknown>;
  if (workers > 1 && cluster.isPrimary) {
    stop = runPrimary(workers, logger, (code) => process.exit(code));
  } else {
    const gateway: RunningGateway = cluster.isWorker
      ? await runWorker(config, logger)
      : await start(config, { logger });
    stop = () => gateway.stop();
  }

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stop().then(
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
