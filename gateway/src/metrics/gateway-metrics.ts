import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { OperationLabels } from './operation-labels';

/** Seconds; the gateway adds about a millisecond, a slow subgraph seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface OperationSeries {
  requests: Counter.Internal;
  seconds: Histogram.Internal<'operation'>;
}

/** One subgraph's fetch series, bound once when the gateway builds its data source. */
export interface SubgraphSeries {
  seconds: Histogram.Internal<'subgraph'>;
  /** The subgraph could not answer (down, refused, timed out). */
  unavailable: Counter.Internal;
  /** The subgraph answered with GraphQL errors. */
  errors: Counter.Internal;
}

export interface GatewayMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin;
  subgraph(name: string): SubgraphSeries;
  /** Subscriptions open through the gateway's graphql-ws endpoint. */
  activeSubscriptions: Gauge;
}

/** The gateway's own registry: process metrics, operations, error codes and subgraph fetches. */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'gateway' });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations answered, by operation name (anonymous, or other past the cap).',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const seconds = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const fetchSeconds = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Time of one gateway request to a subgraph.',
    labelNames: ['subgraph'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: 'subgraph_fetch_errors_total',
    help: 'Subgraph requests that failed: unavailable (no answer) or graphql (an answer with errors).',
    labelNames: ['subgraph', 'kind'] as const,
    registers: [registry],
  });
  const activeSubscriptions = new Gauge({
    name: 'graphql_active_subscriptions',
    help: 'Subscriptions currently open through the gateway.',
    registers: [registry],
  });
  const operations = new OperationLabels<OperationSeries>((operation) => ({
    requests: requests.labels(operation),
    seconds: seconds.labels(operation),
  }));
  // Codes are mostly DESIGN.md's, but a subgraph's error passes through with whatever it carried.
  const codes = new OperationLabels((code) => errors.labels(code), 50);
  return {
    registry,
    activeSubscriptions,
    subgraph: (name) => ({
      seconds: fetchSeconds.labels(name),
      unavailable: fetchErrors.labels(name, 'unavailable'),
      errors: fetchErrors.labels(name, 'graphql'),
    }),
    plugin: {
      async requestDidStart() {
        const started = performance.now();
        return {
          async didEncounterErrors({ errors: found }) {
            for (const error of found) {
              const code = error.extensions?.code;
              codes.of(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR').inc();
            }
          },
          async willSendResponse({ operationName, request }) {
            const series = operations.of(operationName ?? request.operationName);
            series.requests.inc();
            series.seconds.observe((performance.now() - started) / 1000);
          },
        };
      },
    },
  };
}

type Process<A, R> = (options: A) => Promise<R>;

/** Times every call of a data source's `process` and counts the failed ones; the source is changed in place. */
export function instrumentSubgraph<A, R extends { errors?: readonly unknown[] }>(
  source: { process: Process<A, R> },
  series: SubgraphSeries,
): void {
  const process = source.process.bind(source);
  source.process = async (options) => {
    const started = performance.now();
    try {
      const result = await process(options);
      if (result.errors?.length) {
        const unavailable = result.errors.some(
          (e) => (e as { extensions?: { unavailable?: unknown } }).extensions?.unavailable === true,
        );
        (unavailable ? series.unavailable : series.errors).inc();
      }
      return result;
    } catch (error) {
      series.unavailable.inc();
      throw error;
    } finally {
      series.seconds.observe((performance.now() - started) / 1000);
    }
  };
}
