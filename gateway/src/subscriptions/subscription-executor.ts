import { randomUUID } from 'node:crypto';

import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import { GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';

import type { GatewayContext } from '../context';
import type { Logger } from '../logger';

import { mapIterator } from './map-iterator';
import type { SubscriptionPlanner } from './subscription-planner';
import { UpstreamRefusal, type UpstreamSession } from './upstream-session';

// The primary fetch is replayed from the upstream event by this pseudo-service, so the rest of the
// plan (other subgraphs' fields) runs through the gateway's own plan executor unchanged.
const EVENT_SERVICE = '__subscription_event__';

export interface SubscriptionRun {
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
  context: GatewayContext;
  cacheKey: string;
}

export interface SubscriptionExecutorOptions {
  planner: SubscriptionPlanner;
  /** The gateway's data sources by subgraph name (signed viewer header, keep-alive). */
  services: () => ServiceMap;
  logger: Logger;
}

function pickVariables(fetch: FetchNode, variables: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) if (name in variables) picked[name] = variables[name];
  return picked;
}

function eventSource(data: Record<string, unknown>): GraphQLDataSource {
  return { process: () => Promise.resolve({ data }) } as GraphQLDataSource;
}

/**
 * Runs one client subscription: the SubscriptionNode's `primary` fetch goes to the owning subgraph over
 * graphql-ws; for each event, `rest` (fields other subgraphs own) executes through the query plan
 * executor with the event as the primary result, and the response is shaped like any gateway response.
 */
export function executeSubscription(
  options: SubscriptionExecutorOptions,
  upstream: UpstreamSession,
  run: SubscriptionRun,
): AsyncIterableIterator<ExecutionResult> {
  const { node } = options.planner.plan(run.document, run.operationName, run.cacheKey);
  const events = upstream.subscribe(node.primary.serviceName, {
    query: node.primary.operation,
    variables: pickVariables(node.primary, run.variables),
    operationName: node.primary.operationName,
  });
  // The same for every event of this subscription: built once, not per event and subscriber.
  const primary: FetchNode = { ...node.primary, serviceName: EVENT_SERVICE };
  const prepared: PreparedRun = {
    plan: {
      kind: 'QueryPlan',
      node: node.rest ? ({ kind: 'Sequence', nodes: [primary, node.rest] } as PlanNode) : primary,
    },
    operationContext: buildOperationContext({
      schema: options.planner.apiGraphQLSchema,
      operationDocument: run.document,
      operationName: run.operationName,
    }),
  };
  return mapIterator(events, {
    map: (event) => resolveEvent(options, prepared, run, event),
    onError: (error) => {
      if (error instanceof UpstreamRefusal) {
        return { errors: error.result.errors ?? [new GraphQLError('The subscription was refused')] };
      }
      throw error;
    },
  });
}

interface PreparedRun {
  plan: QueryPlan;
  operationContext: ReturnType<typeof buildOperationContext>;
}

async function resolveEvent(
  options: SubscriptionExecutorOptions,
  { plan, operationContext }: PreparedRun,
  run: SubscriptionRun,
  event: ExecutionResult,
): Promise<ExecutionResult> {
  if (!event.data) return { errors: event.errors ?? [] };
  const services: ServiceMap = { ...options.services(), [EVENT_SERVICE]: eventSource(event.data) };
  const requestContext = {
    request: { variables: run.variables, operationName: run.operationName },
    context: { ...run.context, requestId: `${run.context.requestId}:${randomUUID().slice(0, 8)}` },
    logger: options.logger,
    metrics: {},
    document: run.document,
    operationName: run.operationName ?? null,
    schema: options.planner.apiGraphQLSchema,
    cache: undefined,
    overallCachePolicy: undefined,
  } as unknown as Parameters<typeof executeQueryPlan>[2];
  const result = await executeQueryPlan(
    plan,
    services,
    requestContext,
    operationContext,
    options.planner.supergraphGraphQLSchema,
    options.planner.apiSchema,
  );
  // Errors the subgraph put beside the event's data travel with it.
  const errors = [...(event.errors ?? []), ...(result.errors ?? [])];
  return errors.length > 0 ? { data: result.data, errors } : { data: result.data };
}
