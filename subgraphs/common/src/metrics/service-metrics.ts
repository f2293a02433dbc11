import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { BoundedLabels } from './bounded-labels';

/** What the pg pool behind TypeORM reports; read only when /metrics is scraped. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Request latency buckets in seconds: a subgraph answers in ms, a slow one in seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A service's own gauge, read when /metrics is scraped (e.g. an outbox position). */
export interface ScrapedGauge {
  name: string;
  help: string;
  read: () => Promise<number | undefined>;
}

interface OperationSeries {
  requests: Counter.Internal;
  duration: Histogram.Internal<'operation'>;
}

export interface ServiceMetrics {
  registry: Registry;
  /** Counts an operation's request and latency; a Map lookup, no label strings built per request. */
  operation(name: string | null | undefined): OperationSeries;
  /** Counts one GraphQL error by its extensions.code. */
  error(code: unknown): void;
  subscriptionStarted(): void;
  subscriptionEnded(): void;
}

/**
 * A registry per service (the e2e stack runs every subgraph in one process, so no global registry):
 * Node process metrics, GraphQL requests, latency and errors per operation, active subscriptions, and
 * the DB pool when one is given.
 */
export function createServiceMetrics(
  service: string,
  pool?: () => PoolStats | undefined,
  gauges: readonly ScrapedGauge[] = [],
): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations served, by operation name (anonymous, or other past the cap).',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const subscriptions = new Gauge({
    name: 'graphql_active_subscriptions',
    help: 'Subscriptions currently open.',
    registers: [registry],
  });
  if (pool) {
    const gauge = (name: string, help: string, read: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const stats = pool();
          if (stats) this.set(read(stats));
        },
      });
    gauge('db_pool_connections_total', 'Connections the DB pool holds.', (s) => s.totalCount);
    gauge('db_pool_connections_idle', 'Pool connections not in use.', (s) => s.idleCount);
    gauge('db_pool_waiting_requests', 'Queries waiting for a free pool connection.', (s) => s.waitingCount);
  }
  for (const { name, help, read } of gauges) {
    new Gauge({
      name,
      help,
      registers: [registry],
      // A failed read (database down) leaves the last value; /ready reports the outage.
      async collect() {
        const value = await read().catch(() => undefined);
        if (value !== undefined) this.set(value);
      },
    });
  }
  const operations = new BoundedLabels<OperationSeries>((operation) => ({
    requests: requests.labels(operation),
    duration: duration.labels(operation),
  }));
  // Codes are ours or Apollo's, but a subgraph error passing through could carry anything: bound them too.
  const codes = new BoundedLabels((code) => errors.labels(code), 50);
  return {
    registry,
    operation: (name) => operations.get(name),
    error: (code) => codes.get(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR').inc(),
    subscriptionStarted: () => subscriptions.inc(),
    subscriptionEnded: () => subscriptions.dec(),
  };
}

/** Counts every HTTP GraphQL operation once its response is sent. */
export function metricsPlugin<Ctx extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) metrics.error(error.extensions?.code);
        },
        async willSendResponse({ operationName, request }) {
          const series = metrics.operation(operationName ?? request.operationName);
          series.requests.inc();
          series.duration.observe((performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** The pg pool TypeORM keeps for a Postgres DataSource, read at scrape time. */
export function poolStatsOf(dataSource: { driver: unknown }): () => PoolStats | undefined {
  return () => (dataSource.driver as { master?: PoolStats }).master;
}
