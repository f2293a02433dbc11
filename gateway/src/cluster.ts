import cluster, { type Worker } from 'node:cluster';

import type { GatewayConfig } from './config';
import type { Logger } from './logger';

import { start, type RunningGateway } from './index';

/** The message a worker sends (and the primary relays) when a session-ending mutation passed through it. */
const SESSIONS_ENDED = 'imajin.gateway.sessions-ended';
/** Worker crashes within CRASH_WINDOW_MS after which the primary gives up (its supervisor restarts it). */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;

function isSessionsEnded(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SESSIONS_ENDED
  );
}

/**
 * The primary of `GATEWAY_WORKERS` gateway processes sharing one listening socket (node:cluster hands each
 * new connection to a worker, so a WebSocket and its subscriptions live in one worker). It relays
 * sessions-ended news so a signOut through one worker clears every worker's session cache, re-forks a
 * worker that dies, and exits (for `npm start`'s supervisor to restart) if they keep dying.
 */
export function runPrimary(
  workers: number,
  logger: Logger,
  exit: (code: number) => void,
): () => Promise<void> {
  const crashes: number[] = [];
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (!isSessionsEnded(message)) return;
      for (const other of Object.values(cluster.workers ?? {})) {
        if (other && other !== worker && other.isConnected()) other.send({ type: SESSIONS_ENDED });
      }
    });
  };
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker exited');
    if (crashes.length >= MAX_CRASHES) {
      logger.fatal({ crashes: crashes.length }, 'gateway workers keep crashing; giving up');
      exit(1);
      return;
    }
    fork();
  });
  for (let i = 0; i < workers; i += 1) fork();
  logger.info({ workers }, 'gateway primary started its workers');

  return async () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      alive.map(
        (worker) =>
          new Promise<void>((resolve) => {
            // Ctrl+C reaches the workers too: one may be gone before the primary asks it to stop.
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };
}

/** One worker: an ordinary gateway whose session cache hears about signOuts in the other workers. */
export async function runWorker(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const gateway = await start(config, {
    logger,
    onSessionsEnded: () => process.send?.({ type: SESSIONS_ENDED }),
  });
  process.on('message', (message: unknown) => {
    if (isSessionsEnded(message)) gateway.clearSessions();
  });
  return gateway;
}
