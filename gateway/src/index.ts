import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type ExecutionResult } from 'graphql';

import { fromBase64Url, viewerAssertionSigner } from '@imajin/protocol';

import { SessionCache } from './auth/session-cache';
import { createSessionResolver } from './auth/session-resolver';
import {
  DEFAULT_MAX_NODES,
  DEFAULT_MAX_TOKENS,
  DEFAULT_SESSION_CACHE_MS,
  DEFAULT_WEB_ROOT,
  type GatewayConfig,
} from './config';
import { clientIpOf, REQUEST_ID_HEADER, type GatewayContext } from './context';
import { healthRouter } from './http/health.router';
import { playgroundRouter } from './http/playground.router';
import { jsonBody, jsonErrorHandler } from './http/request-body';
import { webRouter } from './http/web.router';
import { costLimitRule } from './limits/cost-limit.rule';
import { depthLimitRule } from './limits/depth-limit.rule';
import { nodeLimitRule } from './limits/node-limit.rule';
import { createLogger, type Logger } from './logger';
import { createGatewayMetrics, instrumentSubgraph } from './metrics/gateway-metrics';
import { metricsRouter, startMetricsServer } from './metrics/metrics.router';
import { createFormatError, errorLoggingPlugin } from './plugins/error-format';
import { costWithVariablesPlugin } from './plugins/limits.plugin';
import { sessionRevocationPlugin } from './plugins/session-revocation.plugin';
import { SubscriptionPlanner } from './subscriptions/subscription-planner';
import { attachSubscriptionServer } from './subscriptions/subscription-server';
import { SignedViewerDataSource } from './supergraph/signed-data-source';
import { subgraphBaseUrl, subgraphsOf, type SubgraphEndpoint } from './supergraph/subgraph-list';
import { supergraphFileHook } from './supergraph/supergraph-file';

export type { GatewayConfig } from './config';
export { loadGatewayConfig } from './config';
export { costLimitRule, operationCost } from './limits/cost-limit.rule';
export { depthLimitRule } from './limits/depth-limit.rule';

export const GRAPHQL_PATH = '/graphql';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** The loopback /metrics port when config.metricsPort is set. */
  metricsPort?: number;
  /** Forgets every cached session (another worker saw a signOut). */
  clearSessions(): void;
}

export interface StartOptions {
  logger?: Logger;
  /** The clock for session expiry (tests move it); Date.now otherwise. */
  now?: () => number;
  /** Called after a session-ending mutation passed through here, e.g. to tell the other workers. */
  onSessionsEnded?: () => void;
}

// A client-supplied request id is kept for end-to-end correlation only if it looks like an id.
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

function decodeSeed(encoded: string): Uint8Array {
  const seed = fromBase64Url(encoded);
  if (seed.length !== 32) throw new Error('GATEWAY_PRIVATE_KEY must decode to a 32-byte Ed25519 seed');
  return seed;
}

function publicHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export async function start(config: GatewayConfig, options: StartOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // The key is imported once here; signing per subgraph call then costs only the signature.
  const signViewer = viewerAssertionSigner(decodeSeed(config.gatewayPrivateKey));
  const trustProxy = config.trustProxy ?? 0;
  const debugErrors = config.debugErrors ?? false;
  // The same limits for HTTP and WebSocket operations; the node limit first, as it bounds the rest.
  const limitRules = [
    nodeLimitRule(config.maxNodes ?? DEFAULT_MAX_NODES),
    depthLimitRule(config.maxDepth),
    costLimitRule(config.maxCost),
  ];

  // What the current supergraph names, kept for /ready and for finding identity's session endpoint.
  let subgraphs: SubgraphEndpoint[] = [];
  let schemaLoaded = false;

  // The gateway's data sources, kept so subscriptions fetch other subgraphs' fields through them too.
  const dataSources = new Map<string, SignedViewerDataSource>();
  const subscriptionPlanner = new SubscriptionPlanner();
  const metrics = createGatewayMetrics();

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFileHook(config.supergraphPath, config.supergraphPollMs, logger),
    buildService: ({ name, url }) => {
      const source = new SignedViewerDataSource(
        config.subgraphUrls[name] ?? url ?? '',
        name,
        signViewer,
        logger.child({ component: 'subgraph', service: name }),
      );
      instrumentSubgraph(source, metrics.subgraph(name));
      dataSources.set(name, source);
      return source;
    },
    logger: logger.child({ component: 'apollo-gateway' }),
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    subgraphs = subgraphsOf(coreSupergraphSdl, config.subgraphUrls);
    try {
      subscriptionPlanner.update(coreSupergraphSdl);
    } catch (error) {
      logger.error({ err: error }, 'subscription planner could not load the supergraph');
    }
    schemaLoaded = true;
  });

  const sessionCache = new SessionCache({
    ttlMs: config.sessionCacheMs ?? DEFAULT_SESSION_CACHE_MS,
    now: options.now,
  });
  const resolveViewer = createSessionResolver({
    cache: sessionCache,
    now: options.now,
    identityBaseUrl: () => {
      const identity = subgraphs.find((s) => s.name === 'identity');
      return identity ? subgraphBaseUrl(identity.url) : undefined;
    },
    signViewer,
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  // Idle connections outlive clients' own keep-alive (fetch: 4 s), so a reused socket is never closed under
  // a request (ECONNRESET); the backlog takes bursts of new connections without SYN drops.
  const httpServer = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, app);

  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM; Apollo's own handler would re-raise the signal mid-shutdown.
    stopOnTerminationSignals: false,
    // Set explicitly: Apollo Server would otherwise read NODE_ENV itself, and only config.ts reads env.
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: debugErrors,
    formatError: createFormatError(debugErrors),
    // The parser stops at this many tokens, so a huge document costs no validation work at all.
    parseOptions: { maxTokens: config.maxTokens ?? DEFAULT_MAX_TOKENS },
    validationRules: limitRules,
    plugins: [
      // The playground route below replaces Apollo's landing page, which loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      costWithVariablesPlugin(config.maxCost),
      errorLoggingPlugin(logger),
      sessionRevocationPlugin(() => {
        sessionCache.clear();
        options.onSessionsEnded?.();
      }),
    ],
  });
  await server.start();

  app.use((req, res, next) => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  });
  app.use(metricsRouter(metrics.registry, config.metricsToken));
  app.use(healthRouter({ schemaLoaded: () => schemaLoaded, subgraphs: () => subgraphs }, { logger }));
  // Before the Apollo middleware, so a browser's GET /graphql gets GraphiQL rather than a CSRF error.
  app.use(playgroundRouter(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    cors({ origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins, maxAge: 600 }),
    jsonBody(),
    expressMiddleware(server, {
      context: async ({ req, res }): Promise<GatewayContext> => {
        const requestId = res.locals.requestId as string;
        const viewerDid = await resolveViewer(req.header('authorization'), requestId);
        return { viewerDid, requestId, clientIp: clientIpOf(req, trustProxy) };
      },
    }),
  );
  // The web app at / (clients/web); null turns it off.
  if (config.webRoot !== null) app.use(webRouter(config.webRoot ?? DEFAULT_WEB_ROOT));
  // Last: malformed or oversized bodies and any other failure answer as GraphQL JSON errors.
  app.use(jsonErrorHandler(logger));
  const formatError = createFormatError(debugErrors);
  const roundRobin = new Map<string, number>();
  const subscriptions = attachSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    planner: subscriptionPlanner,
    services: () => Object.fromEntries(dataSources),
    resolveViewer,
    signViewer,
    trustProxy,
    logger: logger.child({ component: 'subscriptions' }),
    validationRules: limitRules,
    urlFor: (name) => {
      const listed = config.subscriptionUrls?.[name];
      if (listed?.length) {
        const next = roundRobin.get(name) ?? 0;
        roundRobin.set(name, next + 1);
        return listed[next % listed.length];
      }
      const http = subgraphs.find((s) => s.name === name)?.url;
      return http?.replace(/^http/, 'ws');
    },
    activeSubscriptions: metrics.activeSubscriptions,
    queueLimit: config.wsQueueLimit ?? 256,
    maxBufferedBytes: config.wsMaxBufferedBytes ?? 4 * 1024 * 1024,
    formatError: (error) => {
      const formatted = formatError(error.toJSON(), error);
      return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
    },
    executeOperation: async (request, contextValue) => {
      const response = await server.executeOperation(request, { contextValue });
      return response.body.kind === 'single'
        ? (response.body.singleResult as ExecutionResult)
        : { errors: [new GraphQLError('Incremental delivery is not served over WebSocket')] };
    },
  });

  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  try {
    if (config.metricsPort !== undefined) {
      metricsServer = await startMetricsServer(metrics.registry, config.metricsPort);
    }
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen({ port: config.port, host: config.host, backlog: 4096 }, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await metricsServer?.stop();
    await subscriptions.dispose();
    await server.stop();
    throw error;
  }

  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${publicHost(config.host)}:${port}${GRAPHQL_PATH}`;
  logger.info(
    { url, supergraph: config.supergraphPath, subgraphs: subgraphs.map((s) => s.name) },
    'gateway ready',
  );

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    metricsPort: metricsServer?.port,
    clearSessions: () => sessionCache.clear(),
    // ApolloServer.stop drains and closes httpServer (drain plugin) and stops the gateway, whose
    // cleanup removes the supergraph file watcher. Idempotent so signal handlers can race.
    stop: () => {
      // Sockets first: open WebSocket connections would hold the HTTP server open while it drains.
      stopping ??= subscriptions
        .dispose()
        .then(() => server.stop())
        .then(() => metricsServer?.stop())
        .then(() => logger.info('gateway stopped'));
      return stopping;
    },
  };
}
