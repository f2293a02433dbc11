import { start as startGateway, type RunningGateway } from '@imajin/gateway';
import { generateKeyPair, toBase64Url } from '@imajin/protocol';

import { startStack, type Stack } from '../stack';

import { attack, firstCode, HostileTable, post, rowCounts, type RawResponse } from './hostile';

// The gateway's front door: query limits and request-level errors (issue #11 items 1-3, "Clear errors").

const TABLES = ['identity.identities', 'identity.sessions', 'identity.challenges', 'trust.vouches'];
const DID = 'did:mjn:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';

const describeResponse = (r: RawResponse): string => `${r.status} ${firstCode(r)}`;

const graphql = (url: string, query: string, headers: Record<string, string> = {}) =>
  post(url, JSON.stringify({ query }), { 'content-type': 'application/json', ...headers });

/** A raw body as bytes (invalid UTF-8 cannot be a JS string). */
async function postBytes(url: string, bytes: Uint8Array): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: new Blob([new Uint8Array(bytes)]),
  });
  const text = await response.text();
  let body: RawResponse['body'];
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body, text };
}

/** A GraphQL JSON error: the status, a code, a readable message, no HTML and no internals. */
function expectJsonError(response: RawResponse, status: number, code: string): string {
  expect(response.status).toBe(status);
  expect(response.contentType).toMatch(/^application\/json/);
  expect(response.body?.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.text).not.toMatch(/stacktrace|<html|<pre>|node_modules|\/work\/|at [A-Za-z.]+ \(/i);
  return response.body?.errors?.[0]?.message ?? '';
}

function doublingFragments(levels: number): string {
  let fragments = 'fragment F0 on Identity { did }';
  for (let i = 1; i <= levels; i += 1)
    fragments += ` fragment F${i} on Identity { ...F${i - 1} ...F${i - 1} }`;
  return fragments;
}

describe('hostile: the gateway front door', () => {
  const table = new HostileTable('gateway');
  let stack: Stack;
  let before: Record<string, number>;

  beforeAll(async () => {
    stack = await startStack();
    before = await rowCounts(stack, TABLES);
  });

  afterAll(async () => {
    table.print();
    await stack?.stop();
  });

  const attempt = (name: string, run: () => Promise<RawResponse>) =>
    attack(stack, table, name, run, describeResponse);

  afterEach(async () => {
    expect(await rowCounts(stack, TABLES)).toEqual(before);
  });

  it('rejects 30 levels of fragment doubling in milliseconds with BAD_USER_INPUT', async () => {
    const query = `{ identity(did: "${DID}") { ...F30 } } ${doublingFragments(30)}`;
    const response = await attempt('fragment doubling, 30 levels', () => graphql(stack.gatewayUrl, query));
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toMatch(
      /^Query cost \d+ exceeds the limit of 10000$/,
    );
    expect(table.rows.at(-1)!.ms).toBeLessThan(1000);
  });

  it('rejects a query deeper than MAX_DEPTH with the depth and the limit', async () => {
    const query = `{ viewer { ${'claimedBy { '.repeat(14)}did${' }'.repeat(14)} } }`;
    const response = await attempt('deep query, 16 levels', () => graphql(stack.gatewayUrl, query));
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toBe('Query depth 16 exceeds the limit of 12');
  });

  it('rejects a wide alias flood by its number of fields', async () => {
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const response = await attempt('alias flood, 5,000 fields', () => graphql(stack.gatewayUrl, query));
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toBe(
      'The document has 5000 fields and fragments; the limit is 3000. Split it into smaller operations',
    );
  });

  it('stops parsing a document of more than 20,000 tokens', async () => {
    const query = `{ ${Array.from({ length: 30000 }, () => 'a: __typename').join(' ')} }`;
    const response = await attempt('alias flood, 90,000 tokens', () => graphql(stack.gatewayUrl, query));
    expect(expectJsonError(response, 400, 'GRAPHQL_PARSE_FAILED')).toMatch(/more tha[nt] 20000 tokens/);
  });

  it('rejects floods of __schema aliases by the introspection allowance and the node limit', async () => {
    // Each alias asks for every argument of every field: 500 of them outweigh two full introspections
    // however the schema grows, while staying under the node limit.
    const query = `{ ${Array.from({ length: 500 }, (_, i) => `s${i}: __schema { types { fields { args { name } } } }`).join(' ')} }`;
    const response = await attempt('500 aliases of __schema { types { fields { args } } }', () =>
      graphql(stack.gatewayUrl, query),
    );
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toMatch(
      /^Introspection cost \d+ exceeds the limit of \d+ \(2 full schema introspections\)/,
    );
    const thousand = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`;
    const flood = await attempt('1,000 aliases of __schema { types { fields } }', () =>
      graphql(stack.gatewayUrl, thousand),
    );
    expectJsonError(flood, 400, 'BAD_USER_INPUT');
  });

  it("answers GraphiQL's own introspection query", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    const response = await graphql(stack.gatewayUrl, query);
    expect(response.status).toBe(200);
    expect(response.body?.errors).toBeUndefined();
  });

  it('refuses a batch of operations with a JSON error', async () => {
    const batch = JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' })));
    const response = await attempt('batch of 100 operations', () => post(stack.gatewayUrl, batch));
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toMatch(/batching/i);
  });

  it('refuses a body over 1 MB with 413 and a JSON error', async () => {
    const body = JSON.stringify({ query: `{ __typename } #${'x'.repeat(2 * 1024 * 1024)}` });
    const response = await attempt('body of 2 MB', () => post(stack.gatewayUrl, body));
    expect(expectJsonError(response, 413, 'BAD_USER_INPUT')).toMatch(/is 2\.0 MB; the limit is 1\.0 MB/);
  });

  it('refuses malformed JSON with a JSON error, not an HTML page', async () => {
    const response = await attempt('malformed JSON', () =>
      post(stack.gatewayUrl, '{"query": "{ __typename }"'),
    );
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toMatch(/^The request body is not valid JSON/);
  });

  it('refuses a body that is not valid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`{"query": "{ identity(did: \\"did:mjn:`),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(`\\") { did } }"}`),
    ]);
    const response = await attempt('invalid UTF-8 body', () => postBytes(stack.gatewayUrl, bytes));
    expect(expectJsonError(response, 400, 'BAD_USER_INPUT')).toBe('The request body is not valid UTF-8');
  });

  it('refuses a bearer token over 200 characters with 401, not 500', async () => {
    const response = await attempt('bearer token of 5,000 characters', () =>
      graphql(stack.gatewayUrl, '{ __typename }', { authorization: `Bearer mjn_${'a'.repeat(5000)}` }),
    );
    expect(expectJsonError(response, 401, 'UNAUTHENTICATED')).toMatch(/malformed/);
  });

  describe('in development mode', () => {
    let development: RunningGateway;

    beforeAll(async () => {
      // A second gateway as `npm start` runs it, over the same subgraphs but with a key they do not
      // trust: the errors they answer must still reach the client without stacks or internal URLs.
      development = await startGateway({
        nodeEnv: 'development',
        port: 0,
        host: '127.0.0.1',
        supergraphPath: require.resolve('../../../schema/supergraph.graphql'),
        subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url])),
        gatewayPrivateKey: toBase64Url(generateKeyPair().seed),
        corsOrigins: ['*'],
        maxDepth: 12,
        maxCost: 10_000,
        logLevel: 'silent',
        supergraphPollMs: 1000,
      });
    });

    afterAll(() => development?.stop());

    it('answers errors without stack traces, absolute paths or internal URLs', async () => {
      const cases: [string, () => Promise<RawResponse>, number, string][] = [
        ['syntax error', () => graphql(development.url, '{ identity('), 400, 'GRAPHQL_PARSE_FAILED'],
        ['unknown field', () => graphql(development.url, '{ nope }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
        ['malformed JSON', () => post(development.url, '{'), 400, 'BAD_USER_INPUT'],
        [
          // A subgraph refusing the gateway's key is a misconfigured service, not the client's doing.
          'subgraph refusal',
          () => graphql(development.url, `{ identity(did: "${DID}") { did } }`),
          200,
          'INTERNAL_SERVER_ERROR',
        ],
      ];
      for (const [name, run, status, code] of cases) {
        const response = await attack(
          { gatewayUrl: development.url },
          table,
          `development mode: ${name}`,
          run,
        );
        expectJsonError(response, status, code);
        expect(response.text).not.toMatch(/127\.0\.0\.1|localhost:\d+/);
      }
    });
  });
});
