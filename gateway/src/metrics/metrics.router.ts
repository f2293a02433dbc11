import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { Router, type Request, type Response } from 'express';
import type { Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

async function serve(registry: Registry, res: http.ServerResponse): Promise<void> {
  res.setHeader('content-type', registry.contentType);
  res.setHeader('cache-control', 'no-store');
  res.end(await registry.metrics());
}

/**
 * /metrics on the public port, only for a caller with `Authorization: Bearer <METRICS_TOKEN>`; without a
 * token configured it does not exist there (404), so the web app's fallback never answers for it either.
 */
export function metricsRouter(registry: Registry, token: string | undefined): Router {
  const router = Router();
  const expected = token ? digest(`Bearer ${token}`) : undefined;
  router.get(METRICS_PATH, async (req: Request, res: Response) => {
    if (!expected) {
      res.status(404).json({ error: 'Not found' });
      return;
    }
    // Compared as digests: equal length for timingSafeEqual, and no timing hint about the token.
    if (!timingSafeEqual(digest(req.header('authorization') ?? ''), expected)) {
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).json({ error: 'Send Authorization: Bearer <METRICS_TOKEN> to read the metrics' });
      return;
    }
    await serve(registry, res);
  });
  return router;
}

/** A loopback-only listener that answers /metrics and nothing else; for scrapers on the same host. */
export async function startMetricsServer(
  registry: Registry,
  port: number,
  host = '127.0.0.1',
): Promise<{ port: number; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === METRICS_PATH) {
      serve(registry, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
