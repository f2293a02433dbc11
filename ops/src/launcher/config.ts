import { join } from 'node:path';

import { z } from 'zod';

import { REPO_ROOT } from '../schema/paths';

const env = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(join(REPO_ROOT, '.data')),
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  IDENTITY_PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export interface LauncherConfig {
  /** Use this server instead of the embedded one. */
  databaseUrl?: string;
  dataDir: string;
  gatewayPort: number;
  subgraphPorts: { identity: number };
  logLevel: string;
  nodeEnv: string;
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
    subgraphPorts: { identity: c.IDENTITY_PORT },
    logLevel: c.LOG_LEVEL,
    nodeEnv: c.NODE_ENV,
  };
}
