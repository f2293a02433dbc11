import { createLogger } from '@imajin/subgraph-common';

import { loadLauncherConfig } from './config';
import { launch } from './launcher';
import { prettyDestination, prettyLineFormatter } from './pretty-logs';
import { DEFAULT_RESTART_POLICY } from './supervisor';

// Readable lines for a person at a terminal; JSON, as the services write it, for anything else (files, CI).
const pretty = process.stdout.isTTY === true;
const logger = createLogger('launcher', loadLauncherConfigSafe(), pretty ? prettyDestination() : undefined);
let stopping = false;
let stopSystem: () => Promise<void> = async () => undefined;

/** The launcher's own log level, read before anything else can fail. */
function loadLauncherConfigSafe(): string {
  try {
    return loadLauncherConfig().logLevel;
  } catch {
    return 'info';
  }
}

function shutdown(reason: string, exitCode: number): void {
  if (stopping) return;
  stopping = true;
  logger.info({ reason }, 'stopping');
  stopSystem().then(
    () => process.exit(exitCode),
    (error: unknown) => {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadLauncherConfig();
  // A crashed service is restarted; one that keeps crashing takes the stack down, so nobody works
  // against a half-running system without noticing.
  const system = await launch(
    config,
    logger,
    (reason) => shutdown(`${reason}: stopping everything`, 1),
    DEFAULT_RESTART_POLICY,
    pretty ? prettyLineFormatter() : undefined,
  );
  stopSystem = system.stop;
  process.on('SIGINT', () => shutdown('SIGINT', 0));
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info({ seconds }, 'ready');
  process.stdout.write(
    `\n  Imajin is up in ${seconds}s\n  GraphQL + playground: ${system.gatewayUrl}\n  Press Ctrl+C to stop.\n\n`,
  );
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
