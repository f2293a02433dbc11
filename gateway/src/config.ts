import { availableParallelism } from 'node:os';
import path from 'node:path';

import { z } from 'zod';

// The only place that reads the environment: everything else receives a parsed GatewayConfig.

const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');
/** The built web app (clients/web's `vite build` output), served at /. */
export const DEFAULT_WEB_ROOT = path.resolve(__dirname, '../../clients/web/dist/app');

/** Selections (fields, fragment spreads, inline fragments) one document may hold. */
export const DEFAULT_MAX_NODES = 3000;
/** Lexical tokens one document may hold; the parser stops there, before any validation work. */
export const DEFAULT_MAX_TOKENS = 20000;
/** How long a resolved bearer token is believed without asking identity again. */
export const DEFAULT_SESSION_CACHE_MS = 5000;

const commaList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const subgraphUrlsSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const urls: Record<string, string> = {};
    for (const pair of commaList(value)) {
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const url = pair.slice(eq + 1).trim();
      if (eq <= 0 || !URL.canParse(url)) {
        ctx.addIssue({ code: 'custom', message: `SUBGRAPH_URLS entry "${pair}" is not name=url` });
        return z.NEVER;
      }
      urls[name] = url;
    }
    return urls;
  });

const subscriptionUrlsSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const urls: Record<string, string[]> = {};
    for (const pair of commaList(value)) {
      const eq = pair.indexOf('=');
      const list = pair
        .slice(eq + 1)
        .split('|')
        .map((u) => u.trim());
      if (eq <= 0 || list.some((u) => !URL.canParse(u) || !/^wss?:/.test(u))) {
        ctx.addIssue({
          code: 'custom',
          message: `SUBSCRIPTION_URLS entry "${pair}" is not name=ws://host/graphql[|ws://other/graphql]`,
        });
        return z.NEVER;
      }
      urls[pair.slice(0, eq).trim()] = list;
    }
    return urls;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
  SUBGRAPH_URLS: subgraphUrlsSchema,
  GATEWAY_PRIVATE_KEY: z
    .string({ error: 'GATEWAY_PRIVATE_KEY is required (base64url 32-byte Ed25519 seed)' })
    .regex(/^[A-Za-z0-9_-]{43}$/, 'GATEWAY_PRIVATE_KEY must be a base64url 32-byte Ed25519 seed'),
  CORS_ORIGINS: z.string().optional(),
  MAX_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_COST: z.coerce.number().int().positive().default(10000),
  MAX_NODES: z.coerce.number().int().positive().default(DEFAULT_MAX_NODES),
  MAX_TOKENS: z.coerce.number().int().positive().default(DEFAULT_MAX_TOKENS),
  // Only the literal strings: z.coerce.boolean() would read "false" as true.
  DEBUG_ERRORS: z.enum(['true', 'false', '1', '0', '']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SUPERGRAPH_POLL_MS: z.coerce.number().int().positive().default(1000),
  SUBSCRIPTION_URLS: subscriptionUrlsSchema,
  WEB_ROOT: z.string().optional(),
  WS_QUEUE_LIMIT: z.coerce.number().int().positive().default(256),
  WS_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_SESSION_CACHE_MS),
  METRICS_TOKEN: z
    .string()
    .min(16, 'METRICS_TOKEN must be at least 16 characters (it guards /metrics on the public port)')
    .optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d{1,2}|true|false)$/,
      'TRUST_PROXY is the number of proxies in front of the gateway (0, 1, 2…)',
    )
    .default('0')
    .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v))),
});

export type NodeEnv = 'development' | 'production' | 'test';

export interface GatewayConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  supergraphPath: string;
  /** Subgraph URL overrides by subgraph name; the supergraph file's URLs are used otherwise. */
  subgraphUrls: Record<string, string>;
  /** base64url 32-byte Ed25519 seed that signs the x-imajin-viewer header. */
  gatewayPrivateKey: string;
  /** Allowed browser origins; ['*'] allows any. */
  corsOrigins: string[];
  maxDepth: number;
  maxCost: number;
  /** Selections one document may hold (default DEFAULT_MAX_NODES). */
  maxNodes?: number;
  /** Lexical tokens one document may hold (default DEFAULT_MAX_TOKENS). */
  maxTokens?: number;
  /**
   * Stack traces and unmasked internal error messages in responses; off in every NODE_ENV unless
   * DEBUG_ERRORS=true, since they carry absolute paths, internal URLs and sometimes secrets.
   */
  debugErrors?: boolean;
  logLevel: string;
  /** How often the supergraph file is polled for changes. */
  supergraphPollMs: number;
  /**
   * graphql-ws endpoints per subgraph for subscriptions, several instances spread round robin; by
   * default the subgraph's HTTP URL with a ws: scheme.
   */
  subscriptionUrls?: Record<string, string[]>;
  /** The built web app served at /; default DEFAULT_WEB_ROOT, null serves none. */
  webRoot?: string | null;
  /** Undelivered events a subscription may queue before it is ended as too slow. */
  wsQueueLimit?: number;
  /** Unsent bytes a socket may hold before the connection is closed as too slow. */
  wsMaxBufferedBytes?: number;
  /** Proxies in front of the gateway whose X-Forwarded-For entries are believed; 0: the socket's peer. */
  trustProxy?: number;
  /**
   * How long a resolved bearer token is believed without asking identity (default
   * DEFAULT_SESSION_CACHE_MS, 0 asks every time): the most a signOut through another gateway instance waits.
   */
  sessionCacheMs?: number;
  /** Gateway processes `main.ts` runs (node:cluster); default one per core. `start()` is always one. */
  workers?: number;
  /** Bearer token that reads /metrics on the public port; unset: /metrics is not served there. */
  metricsToken?: string;
  /** A loopback-only port (127.0.0.1) serving /metrics without a token; unset: none. */
  metricsPort?: number;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid gateway configuration: ${problems}`);
  }
  const e = parsed.data;
  const origins = commaList(e.CORS_ORIGINS);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    supergraphPath: path.resolve(e.SUPERGRAPH_PATH),
    subgraphUrls: e.SUBGRAPH_URLS,
    gatewayPrivateKey: e.GATEWAY_PRIVATE_KEY,
    // Any origin is convenient in development; elsewhere browsers must be listed explicitly.
    corsOrigins: origins.length > 0 ? origins : e.NODE_ENV === 'development' ? ['*'] : [],
    maxDepth: e.MAX_DEPTH,
    maxCost: e.MAX_COST,
    maxNodes: e.MAX_NODES,
    maxTokens: e.MAX_TOKENS,
    debugErrors: e.DEBUG_ERRORS === 'true' || e.DEBUG_ERRORS === '1',
    logLevel: e.LOG_LEVEL,
    supergraphPollMs: e.SUPERGRAPH_POLL_MS,
    subscriptionUrls: e.SUBSCRIPTION_URLS,
    // WEB_ROOT= (empty) turns the web app off, e.g. for a gateway that only serves the API.
    webRoot:
      e.WEB_ROOT === undefined ? DEFAULT_WEB_ROOT : e.WEB_ROOT === '' ? null : path.resolve(e.WEB_ROOT),
    wsQueueLimit: e.WS_QUEUE_LIMIT,
    wsMaxBufferedBytes: e.WS_MAX_BUFFERED_BYTES,
    trustProxy: e.TRUST_PROXY,
    sessionCacheMs: e.SESSION_CACHE_MS,
    workers: e.GATEWAY_WORKERS ?? availableParallelism(),
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
  };
}
