import { start, type RunningGateway } from '../src/index';

import {
  gatewayKeys,
  postGraphql,
  startTestSubgraph,
  testConfig,
  writeTempSupergraph,
} from './test-subgraph';
import type { TestSubgraph } from './test-subgraph';

const TOKEN = 'metrics-token-0123456789';

const countOf = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
};

describe('gateway /metrics', () => {
  const keys = gatewayKeys();
  let subgraph: TestSubgraph;
  let supergraphPath: string;
  let gateway: RunningGateway;
  let origin: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(keys.publicKey);
    supergraphPath = writeTempSupergraph(subgraph.supergraph(false));
    gateway = await start(
      testConfig({
        supergraphPath,
        gatewayPrivateKey: keys.seedBase64Url,
        metricsToken: TOKEN,
        metricsPort: 0,
      }),
    );
    origin = new URL(gateway.url).origin;
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  const scrape = async () => {
    const response = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('counts a named query, its latency and its subgraph fetch', async () => {
    const series = 'graphql_requests_total{operation="ItemsPage",service="gateway"}';
    const before = countOf(await scrape(), series);
    const { body } = await postGraphql(gateway.url, { query: 'query ItemsPage { items(first: 1) { id } }' });
    expect(body.errors).toBeUndefined();
    const text = await scrape();
    expect(countOf(text, series)).toBe(before + 1);
    expect(text).toContain(
      'graphql_request_duration_seconds_count{service="gateway",operation="ItemsPage"} 1',
    );
    expect(text).toMatch(/subgraph_fetch_duration_seconds_count\{service="gateway",subgraph="\w+"\} [1-9]/);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('counts an unnamed query as anonymous and errors by code', async () => {
    await postGraphql(gateway.url, { query: '{ items(first: 1) { id } }' });
    await postGraphql(gateway.url, { query: '{ nope }' });
    const text = await scrape();
    expect(
      countOf(text, 'graphql_requests_total{operation="anonymous",service="gateway"}'),
    ).toBeGreaterThanOrEqual(2);
    expect(
      countOf(text, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED",service="gateway"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('refuses /metrics on the public port without the token, or with a wrong one', async () => {
    const anonymous = await fetch(`${origin}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('graphql_requests_total');
    const wrong = await fetch(`${origin}/metrics`, {
      headers: { authorization: 'Bearer guess-guess-guess' },
    });
    expect(wrong.status).toBe(401);
  });

  it('serves /metrics without a token on the loopback metrics port only', async () => {
    expect(gateway.metricsPort).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${gateway.metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('graphql_requests_total');
    expect((await fetch(`http://127.0.0.1:${gateway.metricsPort}/graphql`)).status).toBe(404);
  });

  it('does not serve /metrics on the public port at all when no token is configured', async () => {
    const plain = await start(testConfig({ supergraphPath, gatewayPrivateKey: keys.seedBase64Url }));
    try {
      const response = await fetch(`${new URL(plain.url).origin}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('graphql_requests_total');
      expect(plain.metricsPort).toBeUndefined();
    } finally {
      await plain.stop();
    }
  });
});
