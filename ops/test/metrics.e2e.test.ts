import { startStack, type Stack } from './stack';

describe('metrics and request ids through the stack', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const metricsOf = async (name: keyof Stack['subgraphs']) => {
    const response = await fetch(`http://127.0.0.1:${stack.subgraphs[name].port}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('shows each subgraph its DB pool gauges on its own port', async () => {
    for (const name of Object.keys(stack.subgraphs) as (keyof Stack['subgraphs'])[]) {
      const text = await metricsOf(name);
      expect(text).toMatch(new RegExp(`db_pool_connections_total\\{service="${name}"\\} [1-9]`));
      expect(text).toContain(`db_pool_connections_idle{service="${name}"}`);
      expect(text).toContain(`db_pool_waiting_requests{service="${name}"} 0`);
    }
  });

  it('shows the payments outbox head and how far events consumed it, so the lag is their difference', async () => {
    expect(await metricsOf('payments')).toMatch(/outbox_head_seq\{service="payments"\} \d+/);
    expect(await metricsOf('events')).toMatch(/outbox_consumed_seq\{service="events"\} \d+/);
  });

  it('gives every response an x-request-id, replacing one that does not look like an id', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const generated = (await post({})).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const replaced = (await post({ 'x-request-id': 'bad id <script>' })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts a named operation at the subgraph that served it, and echoes the request id', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'probe-metrics-1' },
      body: JSON.stringify({
        query: 'query MetricsProbe($did: String!) { didDocument(did: $did) }',
        variables: { did: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('probe-metrics-1');
    await response.json();
    // The gateway names each subgraph fetch <operation>__<subgraph>__<step>, so the subgraph sees that name.
    expect(await metricsOf('identity')).toMatch(
      /graphql_requests_total\{operation="MetricsProbe__identity__0",service="identity"\} 1/,
    );
  });
});
