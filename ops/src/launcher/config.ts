import { join } from 'node:path';

import { z } from 'zod';

import { REPO_ROOT } from '../schema/paths';
import { SUBGRAPHS, type SubgraphName } from '../schema/subgraph-list';

const env = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(join(REPO_ROOT, '.data')),
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  GATEWAY_HOST: z.string().min(1).default('0.0.0.0'),
  // Loopback: the gateway is the only public door. 0.0.0.0 exposes the subgraphs (e.g. several hosts).
  SUBGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NODE_MASTER_KEY: z.string().optional(),
});

export interface LauncherConfig {
  /** Use this server instead of the embedded one. */
  databaseUrl?: string;
  dataDir: string;
  gatewayPort: number;
  /** The interface the gateway listens on (all by default). */
  gatewayHost: string;
  /** The interface every subgraph listens on (loopback by default). */
  subgraphHost: string;
  /** From <NAME>_PORT (IDENTITY_PORT, TRUST_PORT, ...), defaulting to the dev ports. */
  subgraphPorts: Record<SubgraphName, number>;
  logLevel: string;
  nodeEnv: string;
  /** Else read from (or first written to) <dataDir>/node-master.key. */
  nodeMasterKey?: string;
}

export function loadLauncherConfig(source: NodeJS.ProcessEnv = process.env): LauncherConfig {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    gatewayPort: c.GATEWAY_PORT,
    gatewayHost: c.GATEWAY_HOST,
    subgraphHost: c.SUBGRAPH_HOST,
    subgraphPorts: subgraphPorts(source),
    logLevel: c.LOG_LEVEL,
    nodeEnv: c.NODE_ENV,
    nodeMasterKey: c.NODE_MASTER_KEY,
  };
}

function subgraphPorts(source: NodeJS.ProcessEnv): Record<SubgraphName, number> {
  const port = z.coerce.number().int().min(1).max(65535);
  return Object.fromEntries(
    SUBGRAPHS.map(({ name, port: fallback }) => {
      const key = `${name.toUpperCase()}_PORT`;
      const parsed = port.default(fallback).safeParse(source[key]);
      if (!parsed.success) throw new Error(`Invalid configuration: ${key} must be a port number`);
      return [name, parsed.data];
    }),
  ) as Record<SubgraphName, number>;
}
