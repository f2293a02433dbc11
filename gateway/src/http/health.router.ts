import { Router } from 'express';

import type { SubgraphEndpoint } from '../supergraph/subgraph-list';
import { subgraphBaseUrl } from '../supergraph/subgraph-list';

export interface ReadinessSource {
  /** False until the gateway has loaded a schema. */
  schemaLoaded: () => boolean;
  subgraphs: () => SubgraphEndpoint[];
}

async function probe(subgraph: SubgraphEndpoint, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(`${subgraphBaseUrl(subgraph.url)}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the keep-alive connection can be reused.
    await response.arrayBuffer();
    return response.ok ? undefined : `health answered ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** /health: the process is up (liveness). /ready: it can serve, i.e. schema loaded and subgraphs healthy. */
export function healthRouter(source: ReadinessSource, timeoutMs = 2000): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    if (!source.schemaLoaded()) {
      res.status(503).json({ status: 'unavailable', reason: 'supergraph schema not loaded', down: [] });
      return;
    }
    const subgraphs = source.subgraphs();
    const results = await Promise.all(
      subgraphs.map(async (s) => ({ ...s, error: await probe(s, timeoutMs) })),
    );
    const down = results.filter((r) => r.error).map(({ name, url, error }) => ({ name, url, error }));
    if (down.length > 0) {
      res.status(503).json({ status: 'unavailable', down });
      return;
    }
    res.status(200).json({ status: 'ready', subgraphs: subgraphs.map((s) => s.name) });
  });
  return router;
}
