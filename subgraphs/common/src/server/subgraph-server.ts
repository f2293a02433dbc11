import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import { WebSocketServer } from 'ws';

import { ErrorCodes, isUnavailable, UnavailableError } from '../errors';
import type { Logger } from '../logger';
import {
  createServiceMetrics,
  metricsPlugin,
  type PoolStats,
  type ScrapedGauge,
  type ServiceMetrics,
} from '../metrics/service-metrics';
import { VIEWER_HEADER, viewerFromHeader, type Viewer } from '../viewer/viewer.context';

export interface RequestScope {
  viewer: Viewer;
  logger: Logger;
}

export interface SubgraphServerOptions<Ctx extends BaseContext> {
  /** The subgraph's name in the supergraph; also the audience its viewer headers must name. */
  name: string;
  schema: GraphQLSchema;
  port: number;
  host: string;
  gatewayPublicKey: Uint8Array;
  logger: Logger;
  /** Builds the per-request context (services, DataLoaders) once the viewer is known. */
  context: (scope: RequestScope) => Ctx | Promise<Ctx>;
  /** Throws when a dependency (the database) is not usable; drives GET /ready. */
  ready?: () => Promise<void>;
  /** Extra HTTP routes (internal endpoints, webhooks), mounted before /graphql. */
  routes?: (app: Express) => void;
  /**
   * Also serve graphql-ws (subscriptions) on ws://host/graphql. The gateway connects with
   * connectionParams `{ "x-imajin-viewer": <gateway-signed viewer assertion> }`, checked once at connect;
   * each subscription then gets the same context as an HTTP request for that viewer. A subscribe message may
   * carry its own assertion in `extensions["x-imajin-viewer"]`, which then names that operation's viewer.
   */
  websocket?: boolean;
  /** The DB pool's counts for /metrics (see poolStatsOf); none: no pool gauges. */
  poolStats?: () => PoolStats | undefined;
  /** The service's own gauges on /metrics, read at scrape time. */
  gauges?: readonly ScrapedGauge[];
}

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const knownCodes = new Set<string>([
  ...ErrorCodes,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An Apollo subgraph on express: every GraphQL request must carry the gateway-signed viewer header,
 * unexpected errors are logged and masked, and /health, /ready tell the launcher and the gateway how it is.
 */
export async function startSubgraphServer<Ctx extends BaseContext>(
  options: SubgraphServerOptions<Ctx>,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const metrics = createServiceMetrics(options.name, options.poolStats, options.gauges);
  const app = express();
  app.disable('x-powered-by');
  // Idle keep-alive connections outlive every client's own idle timeout (fetch: 4 s, or the hint minus 1 s),
  // so the client always closes first: a server closing at 5 s raced requests sent on the socket as it
  // closed (ECONNRESET under load). The backlog absorbs a burst of 500+ new connections without SYN drops.
  const httpServer: Server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, app);

  const apollo = new ApolloServer<Ctx>({
    schema: options.schema,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    logger,
    // No Apollo Studio here: inline traces would only cost bytes on every subgraph response.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin(metrics),
    ],
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.ready?.();
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  // Subgraphs listen on loopback or a private network (DESIGN.md), so their metrics need no token.
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  options.routes?.(app);

  app.use(
    '/graphql',
    // The header's age is taken when the request arrived, before its body is read: under a burst the
    // body can wait seconds behind other work, and that wait is ours, not a sign of replay.
    (_req: Request, res: Response, next: NextFunction) => {
      res.locals.receivedAt = new Date();
      next();
    },
    express.json({ limit: '1mb' }),
    (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.viewer = viewerFromHeader(
          req.headers[VIEWER_HEADER],
          options.gatewayPublicKey,
          options.name,
          res.locals.receivedAt as Date,
        );
        next();
      } catch (error) {
        const gqlError = error as GraphQLError;
        res.status(401).json({ errors: [{ message: gqlError.message, extensions: gqlError.extensions }] });
      }
    },
    expressMiddleware(apollo, {
      context: async ({ res, req }) => {
        const viewer = res.locals.viewer as Viewer;
        const requestId = viewer.requestId || String(req.headers['x-request-id'] ?? randomUUID());
        return options.context({ viewer, logger: logger.child({ requestId, viewer: viewer.did }) });
      },
    }),
  );

  const closeWebSocket = options.websocket ? serveWebSocket(httpServer, options, metrics) : null;

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `${options.name}: port ${options.port} is already in use; stop what holds it or set PORT`,
            )
          : error,
      ),
    );
    httpServer.listen({ port: options.port, host: options.host, backlog: 4096 }, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  logger.info({ port }, `${options.name} subgraph listening`);

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: async () => {
      await closeWebSocket?.();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** graphql-ws over the same HTTP server and path; a connection without a valid viewer is closed 4403. */
function serveWebSocket<Ctx extends BaseContext>(
  httpServer: Server,
  options: SubgraphServerOptions<Ctx>,
  metrics: ServiceMetrics,
): () => Promise<void> {
  const { logger } = options;
  // 1 MiB frames like the HTTP body limit; compression off: it costs CPU per frame for every subscriber.
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  wss.on('error', (error) => logger.error({ err: error }, 'websocket server error'));
  const mask = (errors: readonly GraphQLError[]) =>
    errors.map((error) => maskError(error.toJSON(), error, logger));
  // The gateway sends the same few subscription documents over and over: parse and validate each once.
  const documents = new LRUCache<string, DocumentNode | readonly GraphQLError[]>({ max: 500 });
  const prepare = (query: string): DocumentNode | readonly GraphQLError[] => {
    let prepared = documents.get(query);
    if (!prepared) {
      try {
        const document = parse(query);
        const errors = validate(options.schema, document).map(
          (e) =>
            new GraphQLError(e.message, {
              nodes: e.nodes,
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
        );
        prepared = errors.length > 0 ? errors : document;
      } catch (error) {
        prepared = [
          new GraphQLError(error instanceof Error ? error.message : 'Could not parse the document', {
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          }),
        ];
      }
      documents.set(query, prepared);
    }
    return prepared;
  };
  // Subscriptions counted as open, per connection, so each is counted down exactly once however it ends.
  const open = new WeakMap<object, Set<string>>();
  const opened = (extra: object, id: string) => {
    let ids = open.get(extra);
    if (!ids) open.set(extra, (ids = new Set()));
    ids.add(id);
    metrics.subscriptionStarted();
  };
  const closed = (extra: object, id?: string) => {
    const ids = open.get(extra);
    for (const each of id === undefined ? [...(ids ?? [])] : [id]) {
      if (ids?.delete(each)) metrics.subscriptionEnded();
    }
  };
  const server = useServer<Record<string, unknown> | undefined, { viewer?: Viewer }>(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        try {
          const header = ctx.connectionParams?.[VIEWER_HEADER];
          ctx.extra.viewer = viewerFromHeader(
            typeof header === 'string' ? header : undefined,
            options.gatewayPublicKey,
            options.name,
          );
          return true;
        } catch (error) {
          logger.warn({ err: error }, 'websocket connection refused');
          return false;
        }
      },
      // The context is built here rather than in `context`, so a per-operation viewer can be checked first.
      onSubscribe: async (ctx, id, payload) => {
        const prepared = prepare(payload.query);
        if (!('kind' in prepared)) return prepared;
        let viewer = ctx.extra.viewer as Viewer;
        const perOperation = payload.extensions?.[VIEWER_HEADER];
        if (perOperation !== undefined) {
          // One gateway connection may carry many viewers: each operation then brings its own assertion.
          try {
            viewer = viewerFromHeader(
              typeof perOperation === 'string' ? perOperation : undefined,
              options.gatewayPublicKey,
              options.name,
            );
          } catch (error) {
            return [error as GraphQLError];
          }
        }
        const requestId = viewer.requestId || randomUUID();
        const contextValue = await options.context({
          viewer,
          logger: logger.child({ requestId, subscription: id, viewer: viewer.did }),
        });
        opened(ctx.extra, id);
        return {
          schema: options.schema,
          document: prepared,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
      onComplete: (ctx, id) => closed(ctx.extra, id),
      onClose: (ctx) => closed(ctx.extra),
      onError: (_ctx, _id, _payload, errors) => mask(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: mask(result.errors) } : undefined,
    },
    wss,
  );
  // dispose() closes every socket with 1001 and then the WebSocketServer.
  return () => Promise.resolve(server.dispose());
}

/**
 * Our own errors pass through with their codes; a database outage becomes a retryable INTERNAL_SERVER_ERROR
 * that says so; anything else unexpected is logged and replaced.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = (error as { originalError?: unknown })?.originalError;
  const isOurs = original instanceof GraphQLError || original === undefined;
  if (typeof code === 'string' && knownCodes.has(code) && (code !== 'INTERNAL_SERVER_ERROR' || isOurs)) {
    return formatted;
  }
  if (isUnavailable(original ?? error)) {
    logger.error({ err: original ?? error, path: formatted.path }, 'database unavailable');
    const { message, extensions } = new UnavailableError();
    return { message, path: formatted.path, extensions };
  }
  logger.error({ err: original ?? error, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
