import { writeFileSync } from 'node:fs';

import { start, type RunningGateway } from '../src/index';

import {
  GOOD_TOKEN,
  SECRET_MESSAGE,
  VIEWER_DID,
  gatewayKeys,
  postGraphql,
  startTestSubgraph,
  testConfig,
  writeTempSupergraph,
  type TestSubgraph,
} from './test-subgraph';

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('gateway', () => {
  const keys = gatewayKeys();
  let subgraph: TestSubgraph;
  let supergraphPath: string;
  let gateway: RunningGateway;
  let origin: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(keys.publicKey);
    supergraphPath = writeTempSupergraph(subgraph.supergraph(false));
    gateway = await start(testConfig({ supergraphPath, gatewayPrivateKey: keys.seedBase64Url }));
    origin = new URL(gateway.url).origin;
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  it('listens on a real port and reports it in its url', () => {
    expect(gateway.port).toBeGreaterThan(0);
    expect(gateway.url).toBe(`http://127.0.0.1:${gateway.port}/graphql`);
  });

  it('serves an anonymous query, signing a null viewer for the subgraph', async () => {
    const { status, body } = await postGraphql(gateway.url, { query: '{ me items(first: 2) { id } }' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ me: null, items: [{ id: '0' }, { id: '1' }] });
    expect(subgraph.seenViewers.at(-1)).toBeNull();
  });

  it('passes the DID of a valid bearer token to the subgraph in a verified header', async () => {
    const { body } = await postGraphql(
      gateway.url,
      { query: '{ me }' },
      { authorization: `Bearer ${GOOD_TOKEN}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.me).toBe(VIEWER_DID);
    expect(subgraph.seenViewers.at(-1)).toBe(VIEWER_DID);
  });

  it('refuses an unknown token with UNAUTHENTICATED and status 401, before any subgraph call', async () => {
    const before = subgraph.graphqlCalls;
    const { status, body } = await postGraphql(
      gateway.url,
      { query: '{ me }' },
      { authorization: 'Bearer nope' },
    );
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(/unknown or expired/);
    expect(subgraph.graphqlCalls).toBe(before);
  });

  it('refuses a query deeper than MAX_DEPTH with BAD_USER_INPUT without calling the subgraph', async () => {
    const before = subgraph.graphqlCalls;
    const query = '{ tree { child { child { child { child { child { value } } } } } } }';
    const { status, body } = await postGraphql(gateway.url, { query });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe('Query depth 7 exceeds the limit of 5');
    expect(subgraph.graphqlCalls).toBe(before);
  });

  it('refuses a query costlier than MAX_COST, with literal or variable page sizes, without calling the subgraph', async () => {
    const before = subgraph.graphqlCalls;
    const literal = await postGraphql(gateway.url, { query: '{ items(first: 500) { id name } }' });
    expect(literal.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(literal.body.errors[0].message).toBe('Query cost 1001 exceeds the limit of 1000');

    const query = 'query Items($n: Int) { items(first: $n) { id name } }';
    const variable = await postGraphql(gateway.url, { query, variables: { n: 600 } });
    expect(variable.status).toBe(400);
    expect(variable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors[0].message).toBe('Query cost 1201 exceeds the limit of 1000');
    expect(subgraph.graphqlCalls).toBe(before);

    const cheap = await postGraphql(gateway.url, { query, variables: { n: 4 } });
    expect(cheap.body.errors).toBeUndefined();
    expect(cheap.body.data.items).toHaveLength(4);
  });

  it('answers /health with 200 and /ready with 200 while the subgraph is up', async () => {
    const health = await fetch(`${origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(200);
  });

  it('serves a self-contained GraphiQL page to browsers and its assets', async () => {
    const page = await fetch(gateway.url, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('GraphiQL.createFetcher');
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      expect(asset.startsWith('/playground/assets/')).toBe(true);
      const response = await fetch(`${origin}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('refuses a GET mutation and a text/plain POST through CSRF prevention', async () => {
    const before = subgraph.graphqlCalls;
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('mutation { touch }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const textPost = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { touch }' }),
    });
    expect(textPost.status).toBe(400);
    expect(await textPost.text()).toMatch(/CSRF/);
    expect(subgraph.graphqlCalls).toBe(before);
  });

  it('masks an internal error and leaves out stack traces in development unless DEBUG_ERRORS asks', async () => {
    const { body } = await postGraphql(gateway.url, { query: '{ boom }' });
    expect(body.errors[0].message).toBe('Internal server error');
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/hunter2|stacktrace|\/gateway\//);

    const debug = await start(
      testConfig({ supergraphPath, gatewayPrivateKey: keys.seedBase64Url, debugErrors: true }),
    );
    try {
      const { body: debugBody } = await postGraphql(debug.url, { query: '{ boom }' });
      expect(debugBody.errors[0].message).toContain(SECRET_MESSAGE);
      expect(debugBody.errors[0].extensions.stacktrace).toEqual(expect.any(Array));
    } finally {
      await debug.stop();
    }
  });

  it('keeps GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED for clients to branch on', async () => {
    const parse = await postGraphql(gateway.url, { query: '{ me' });
    expect(parse.status).toBe(400);
    expect(parse.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const validation = await postGraphql(gateway.url, { query: '{ nope }' });
    expect(validation.status).toBe(400);
    expect(validation.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(validation.body.errors[0].message).toMatch(/Cannot query field "nope"/);
  });

  it('answers an unknown persisted query hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a malformed or over-long bearer token with 401 and says it is malformed', async () => {
    for (const token of ['x'.repeat(201), 'has"quote', 'é']) {
      const { status, body } = await postGraphql(
        gateway.url,
        { query: '{ me }' },
        { authorization: `Bearer ${token}` },
      );
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/malformed/);
    }
  });

  it('serves a field added to the supergraph file without a restart, and ignores a broken file', async () => {
    const before = await postGraphql(gateway.url, { query: '{ extra }' });
    expect(before.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    writeFileSync(supergraphPath, subgraph.supergraph(true));
    const after = await eventually(async () => {
      const { body } = await postGraphql(gateway.url, { query: '{ extra }' });
      return body.data?.extra ? body : undefined;
    });
    expect(after.data.extra).toBe('extra field');

    writeFileSync(supergraphPath, 'this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const still = await postGraphql(gateway.url, { query: '{ extra }' });
    expect(still.body.data.extra).toBe('extra field');
  });

  it('answers /ready with 503 naming the subgraph once it is down', async () => {
    await subgraph.stop();
    // /ready answers from a probe round up to 2 s old.
    const ready = await eventually(async () => {
      const response = await fetch(`${origin}/ready`);
      return response.status === 503 ? response : undefined;
    });
    expect(await ready.json()).toEqual({ status: 'unavailable', subgraphs: { identity: 'unavailable' } });
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });
});
