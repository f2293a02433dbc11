import { createServiceMetrics } from './service-metrics';

describe('createServiceMetrics', () => {
  it('reports operations, errors, subscriptions and the DB pool in Prometheus text', async () => {
    const metrics = createServiceMetrics('trust', () => ({ totalCount: 4, idleCount: 3, waitingCount: 1 }));
    metrics.operation('Viewer').requests.inc();
    metrics.operation('Viewer').duration.observe(0.004);
    metrics.error('FORBIDDEN');
    metrics.error(undefined);
    metrics.subscriptionStarted();
    metrics.subscriptionStarted();
    metrics.subscriptionEnded();

    const text = await metrics.registry.metrics();
    expect(text).toContain('graphql_requests_total{operation="Viewer",service="trust"} 1');
    expect(text).toContain(
      'graphql_request_duration_seconds_bucket{le="0.005",service="trust",operation="Viewer"} 1',
    );
    expect(text).toContain('graphql_errors_total{code="FORBIDDEN",service="trust"} 1');
    expect(text).toContain('graphql_errors_total{code="INTERNAL_SERVER_ERROR",service="trust"} 1');
    expect(text).toContain('graphql_active_subscriptions{service="trust"} 1');
    expect(text).toContain('db_pool_connections_total{service="trust"} 4');
    expect(text).toContain('db_pool_connections_idle{service="trust"} 3');
    expect(text).toContain('db_pool_waiting_requests{service="trust"} 1');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('reads a service gauge at scrape time and keeps the last value when the read fails', async () => {
    let value: Promise<number> = Promise.resolve(7);
    const metrics = createServiceMetrics('payments', undefined, [
      { name: 'outbox_head_seq', help: 'newest outbox event', read: () => value },
    ]);
    expect(await metrics.registry.metrics()).toContain('outbox_head_seq{service="payments"} 7');
    value = Promise.reject(new Error('database down'));
    expect(await metrics.registry.metrics()).toContain('outbox_head_seq{service="payments"} 7');
  });

  it('keeps services apart when several run in one process', async () => {
    const a = createServiceMetrics('identity');
    const b = createServiceMetrics('chat');
    a.operation('Me').requests.inc();
    expect(await b.registry.metrics()).not.toContain('operation="Me"');
    expect(await a.registry.metrics()).not.toContain('db_pool');
  });
});
