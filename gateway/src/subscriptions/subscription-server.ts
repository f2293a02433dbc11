import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';

import type { ServiceMap } from '@apollo/gateway';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';

import type { ResolveViewer } from '../auth/session-resolver';
import { clientIpOf, type GatewayContext, type ViewerSigner } from '../context';
import type { Logger } from '../logger';

import { coalescingServices } from './coalescing-data-source';
import { mapIterator } from './map-iterator';
import { executeSubscription } from './subscription-executor';
import type { SubscriptionPlanner } from './subscription-planner';
import { SlowConsumerError, UpstreamSession } from './upstream-session';

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  planner: SubscriptionPlanner;
  services: () => ServiceMap;
  resolveViewer: ResolveViewer;
  signViewer: ViewerSigner;
  /** Proxies in front of the gateway whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy: number;
  logger: Logger;
  /** The same depth and cost rules HTTP requests pass. */
  validationRules: ValidationRule[];
  /** Upstream graphql-ws URL for a subgraph; round robin when several instances are configured. */
  urlFor: (serviceName: string) => string | undefined;
  /** Undelivered events one subscription may queue before it is ended. */
  queueLimit: number;
  /** Bytes a socket may have unsent before the connection is closed as too slow. */
  maxBufferedBytes: number;
  /** Formats errors leaving the gateway exactly like HTTP responses (codes, masking). */
  formatError: (error: GraphQLError) => GraphQLError;
  /** Non-subscription operations sent over the socket run through the HTTP pipeline. */
  executeOperation: (
    request: { query: string; variables?: Record<string, unknown>; operationName?: string },
    context: GatewayContext,
  ) => Promise<ExecutionResult>;
  /** Counts open subscriptions (a prom-client Gauge); each is counted down once, however it ends. */
  activeSubscriptions?: { inc(): void; dec(): void };
}

interface ConnectionState extends GatewayContext {
  upstream?: UpstreamSession;
}

type SocketExtra = Record<PropertyKey, unknown> & {
  socket: WebSocket;
  request: IncomingMessage;
  state?: ConnectionState;
};

/** close code for a client that cannot keep up (RFC 6455 1013: try again later). */
export const SLOW_CONSUMER_CLOSE = 1013;

function tokenFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return /^Bearer\s/i.test(raw) ? raw : `Bearer ${raw}`;
}

interface RunContext extends GatewayContext {
  query: string;
  connection: SocketExtra;
}

/**
 * graphql-ws on the gateway's HTTP server and path. The connection authenticates once (session token in
 * connectionParams: { authorization: "Bearer <token>" }); each subscription is planned by the supergraph
 * and run by executeSubscription. Queries and mutations sent over the socket take the HTTP pipeline.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): { dispose(): Promise<void> } {
  const { logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const services = coalescingServices(options.services);
  const badInput = (message: string) =>
    options.formatError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));

  function upstreamOf(connection: SocketExtra): UpstreamSession {
    const state = connection.state!;
    state.upstream ??= new UpstreamSession({
      viewerDid: state.viewerDid,
      requestId: state.requestId,
      clientIp: state.clientIp,
      signViewer: options.signViewer,
      urlFor: options.urlFor,
      queueLimit: options.queueLimit,
    });
    return state.upstream;
  }

  function guarded(context: RunContext, args: ExecutionArgs): AsyncIterableIterator<ExecutionResult> {
    const { socket } = context.connection;
    const events = executeSubscription(
      { planner: options.planner, services, logger },
      upstreamOf(context.connection),
      {
        document: args.document,
        operationName: args.operationName ?? undefined,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        context: { viewerDid: context.viewerDid, requestId: context.requestId, clientIp: context.clientIp },
        cacheKey: context.query,
      },
    );
    return mapIterator(events, {
      map: (result) => {
        // ws buffers what the peer has not read; past the limit the client is too slow to serve.
        if (socket.bufferedAmount > options.maxBufferedBytes) {
          logger.warn({ requestId: context.requestId }, 'closing a subscription socket that stopped reading');
          socket.close(SLOW_CONSUMER_CLOSE, 'Too slow: reconnect and catch up from your last cursor');
        }
        return formatResult(result);
      },
      onError: (error) => {
        if (error instanceof SlowConsumerError) {
          return {
            errors: [
              options.formatError(new GraphQLError(error.message, { extensions: { code: 'RATE_LIMITED' } })),
            ],
          };
        }
        logger.error({ err: error, requestId: context.requestId }, 'subscription failed');
        return { errors: [options.formatError(new GraphQLError('Internal server error'))] };
      },
    });
  }

  function formatResult(result: ExecutionResult): ExecutionResult {
    if (!result.errors?.length) return result;
    return { ...result, errors: result.errors.map((e) => options.formatError(toGraphQLError(e))) };
  }

  // Subscription ids counted as open, per connection.
  const open = new WeakMap<object, Set<string>>();
  const ended = (extra: object, id?: string) => {
    const ids = open.get(extra);
    for (const each of id === undefined ? [...(ids ?? [])] : [id]) {
      if (ids?.delete(each)) options.activeSubscriptions?.dec();
    }
  };

  const disposable = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      onConnect: async (ctx) => {
        const requestId = randomUUID();
        try {
          const viewerDid = await options.resolveViewer(tokenFrom(ctx.connectionParams), requestId);
          const clientIp = clientIpOf(ctx.extra.request, options.trustProxy);
          const state: ConnectionState = { viewerDid, requestId, clientIp };
          ctx.extra.state = state;
          // At once on close: graphql-ws's onClose runs only after every subscription has returned.
          ctx.extra.socket.once('close', () => void state.upstream?.close());
          return true;
        } catch (error) {
          logger.info({ requestId, reason: (error as Error).message }, 'subscription connection refused');
          return false;
        }
      },
      onSubscribe: (ctx, id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [badInput((error as Error).message)];
        }
        if (!options.planner.ready) return [badInput('The supergraph is not loaded yet; retry shortly')];
        const schema = options.planner.apiGraphQLSchema;
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors.map((e) => badInput(e.message));
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) {
          return [badInput('The document has several operations: name the one to run')];
        }
        if (operation.operation === 'subscription' && options.activeSubscriptions) {
          let ids = open.get(ctx.extra);
          if (!ids) open.set(ctx.extra, (ids = new Set()));
          ids.add(id);
          options.activeSubscriptions.inc();
        }
        const state = ctx.extra.state!;
        const contextValue: RunContext = {
          viewerDid: state.viewerDid,
          requestId: state.requestId,
          clientIp: state.clientIp,
          query: payload.query,
          connection: ctx.extra,
        };
        return {
          schema,
          document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? {},
          contextValue,
        };
      },
      subscribe: (args) => guarded(args.contextValue as RunContext, args),
      execute: async (args) => {
        const context = args.contextValue as RunContext;
        const result = await options.executeOperation(
          {
            query: context.query,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { viewerDid: context.viewerDid, requestId: context.requestId, clientIp: context.clientIp },
        );
        return result;
      },
      onComplete: (ctx, id) => ended(ctx.extra, id),
      onClose: async (ctx) => {
        ended(ctx.extra);
        await ctx.extra.state?.upstream?.close();
      },
    },
    wsServer,
  );

  return {
    dispose: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

function toGraphQLError(
  error: GraphQLError | { message: string; extensions?: Record<string, unknown> },
): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(error.message, { extensions: error.extensions });
}
