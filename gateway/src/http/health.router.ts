import { Router } from 'express';

import type { Logger } from '../logger';
import type { SubgraphEndpoint } from '../supergraph/subgraph-list';
import { subgraphBaseUrl } from '../supergraph/subgraph-list';

export interface ReadinessSource {
  /** False until the gateway has loaded a schema. */
  schemaLoaded: () => boolean;
  subgraphs: () => SubgraphEndpoint[];
}

export interface ReadinessOptions {
  /** How long one subgraph's /ready may take before it counts as unavailable. */
  timeoutMs?: number;
  /** How long one round of probes answers every /ready, so /ready cannot multiply load on the subgraphs. */
  cacheMs?: number;
  /** Hears when a subgraph becomes unavailable or ready again, with the reason. */
  logger?: Pick<Logger, 'warn' | 'info'>;
}

export type SubgraphState = 'ready' | 'unavailable';

export interface Readiness {
  status: 'ready' | 'unavailable';
  reason?: string;
  /** Each subgraph by name; no URLs or error text: /ready is public. */
  subgraphs: Record<string, SubgraphState>;
}

async function probe(subgraph: SubgraphEndpoint, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(`${subgraphBaseUrl(subgraph.url)}/ready`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the keep-alive connection can be reused.
    await response.arrayBuffer();
    return response.ok ? undefined : `ready answered ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * /health: the process is up (liveness). /ready: it can serve: schema loaded and every subgraph's own /ready
 * answering 200 within `timeoutMs`; a 503 names the subgraphs that are not.
 */
export function healthRouter(source: ReadinessSource, options: ReadinessOptions = {}): Router {
  const timeoutMs = options.timeoutMs ?? 1000;
  const cacheMs = options.cacheMs ?? 2000;
  const lastState = new Map<string, SubgraphState>();
  // The promise is cached, so concurrent /ready requests also share one round in flight.
  let cached: { at: number; readiness: Promise<Readiness> } | undefined;

  const probeAll = async (): Promise<Readiness> => {
    const subgraphs = source.subgraphs();
    const errors = await Promise.all(subgraphs.map((s) => probe(s, timeoutMs)));
    const states: Record<string, SubgraphState> = {};
    subgraphs.forEach(({ name }, i) => {
      const state = errors[i] ? 'unavailable' : 'ready';
      states[name] = state;
      if (state !== (lastState.get(name) ?? 'ready')) {
        if (state === 'unavailable')
          options.logger?.warn({ subgraph: name, reason: errors[i] }, 'subgraph not ready');
        else options.logger?.info({ subgraph: name }, 'subgraph ready again');
      }
      lastState.set(name, state);
    });
    const ready = Object.values(states).every((s) => s === 'ready');
    return { status: ready ? 'ready' : 'unavailable', subgraphs: states };
  };

  const router = Router();
  router.get('/health', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    if (!source.schemaLoaded()) {
      const readiness: Readiness = {
        status: 'unavailable',
        reason: 'supergraph schema not loaded',
        subgraphs: {},
      };
      res.status(503).json(readiness);
      return;
    }
    const now = Date.now();
    if (!cached || now - cached.at >= cacheMs) cached = { at: now, readiness: probeAll() };
    const readiness = await cached.readiness;
    res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
  });
  return router;
}
