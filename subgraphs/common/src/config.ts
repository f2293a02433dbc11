import { z } from 'zod';

/** Environment every subgraph reads; a subgraph's own config.ts extends it. */
export const baseSubgraphEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Loopback unless told otherwise: the gateway is the public door (docker-compose sets 0.0.0.0).
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  GATEWAY_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'GATEWAY_PUBLIC_KEY must be a base64url 32-byte Ed25519 public key'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GATEWAY_URL: z.string().url().default('http://localhost:4000/graphql'),
  // Shared by the subgraphs of one node: its DID, at-rest encryption and internal-call signatures.
  NODE_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'NODE_MASTER_KEY must be a base64url 32-byte key')
    .optional(),
});

export type BaseSubgraphEnv = z.infer<typeof baseSubgraphEnv>;

/** What every subgraph's start(config) needs; each subgraph's config adds its own fields. */
export interface BaseSubgraphConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Base64url Ed25519 public key of the gateway; viewer headers must verify against it. */
  gatewayPublicKey: string;
  /** Where to ask other domains (the identity directory) through the supergraph. */
  gatewayUrl: string;
  production: boolean;
  logLevel: string;
  /** Base64url 32-byte node master key; subgraphs that sign or seal as the node require it. */
  nodeMasterKey?: string;
}

export function baseSubgraphConfig(parsed: BaseSubgraphEnv & { PORT: number }): BaseSubgraphConfig {
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    gatewayPublicKey: parsed.GATEWAY_PUBLIC_KEY,
    gatewayUrl: parsed.GATEWAY_URL,
    production: parsed.NODE_ENV === 'production',
    logLevel: parsed.LOG_LEVEL,
    nodeMasterKey: parsed.NODE_MASTER_KEY,
  };
}

/** Parses `env` with `schema`, failing with one readable line per bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const portFromEnv = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
