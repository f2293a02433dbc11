import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, parse } from 'graphql';

import { generateKeyPair, toBase64Url, verifyViewerAssertion } from '@imajin/protocol';

import type { GatewayConfig } from '../src/config';

// A tiny but real identity subgraph: it trusts only viewer headers signed by the test gateway key.

export const VIEWER_DID = generateKeyPair().did;
export const GOOD_TOKEN = 'good-session-token';
export const SECRET_MESSAGE = 'connection to db://admin:hunter2 refused';

export const baseTypeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    me: String
    boom: String
    items(first: Int): [Item!]!
    tree: Tree
  }
  type Item { id: ID! name: String }
  type Tree { value: Int child: Tree }
  type Mutation { touch: Boolean signOut: Int }
`;
// Served from the start, but only in the supergraph after the file is rewritten.
const extraTypeDefs = `extend type Query { extra: String }`;

export interface TestSubgraph {
  url: string;
  /** Requests that reached /graphql (operations, not health probes). */
  graphqlCalls: number;
  seenViewers: (string | null)[];
  /** Session lookups the gateway made at /internal/sessions/resolve. */
  readonly resolves: number;
  supergraph(withExtra: boolean): string;
  stop(): Promise<void>;
}

interface SubgraphContext {
  viewerDid: string | null;
}

export function gatewayKeys() {
  const keys = generateKeyPair();
  return { ...keys, seedBase64Url: toBase64Url(keys.seed) };
}

export async function startTestSubgraph(gatewayPublicKey: Uint8Array): Promise<TestSubgraph> {
  const state = { graphqlCalls: 0, seenViewers: [] as (string | null)[], revoked: false, resolves: 0 };
  const schema = buildSubgraphSchema({
    typeDefs: parse(baseTypeDefs + extraTypeDefs),
    resolvers: {
      Query: {
        me: (_: unknown, __: unknown, ctx: unknown) => (ctx as SubgraphContext).viewerDid,
        boom: () => {
          throw new Error(SECRET_MESSAGE);
        },
        items: (_: unknown, args: { first?: number }) =>
          Array.from({ length: args.first ?? 3 }, (_v, i) => ({ id: String(i), name: `item ${i}` })),
        tree: () => ({ value: 1, child: { value: 2, child: null } }),
        extra: () => 'extra field',
      },
      // Like identity's signOut: ends GOOD_TOKEN's session, answering how many sessions ended.
      Mutation: {
        touch: () => true,
        signOut: () => {
          const ended = state.revoked ? 0 : 1;
          state.revoked = true;
          return ended;
        },
      },
    },
  });
  const server = new ApolloServer<SubgraphContext>({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();

  const verifyHeader = (header: string | undefined) => {
    if (!header)
      throw new GraphQLError('unsigned viewer header', { extensions: { code: 'UNAUTHENTICATED' } });
    return verifyViewerAssertion(header, gatewayPublicKey, { audience: 'identity' });
  };

  const app = express();
  app.get(['/health', '/ready'], (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.post('/internal/sessions/resolve', express.json(), (req, res) => {
    try {
      if (verifyHeader(req.header('x-imajin-viewer')).did !== null) throw new Error('not the gateway');
    } catch {
      res.status(403).json({ error: 'only the gateway may resolve sessions' });
      return;
    }
    state.resolves += 1;
    if (req.body?.token !== GOOD_TOKEN || state.revoked) {
      res.status(401).json({ error: 'unknown session' });
      return;
    }
    res.json({ did: VIEWER_DID, expiresAt: new Date(Date.now() + 60_000).toISOString() });
  });
  app.use(
    '/graphql',
    express.json(),
    (_req, _res, next) => {
      state.graphqlCalls += 1;
      next();
    },
    expressMiddleware(server, {
      context: async ({ req }) => {
        const viewer = verifyHeader(req.header('x-imajin-viewer'));
        state.seenViewers.push(viewer.did);
        return { viewerDid: viewer.did };
      },
    }),
  );
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;

  return {
    url,
    get graphqlCalls() {
      return state.graphqlCalls;
    },
    seenViewers: state.seenViewers,
    get resolves() {
      return state.resolves;
    },
    supergraph(withExtra) {
      const typeDefs = parse(withExtra ? baseTypeDefs + extraTypeDefs : baseTypeDefs);
      const result = composeServices([{ name: 'identity', url, typeDefs }]);
      if (result.errors || !result.supergraphSdl)
        throw new Error(`composition failed: ${String(result.errors)}`);
      return result.supergraphSdl;
    },
    async stop() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.stop();
    },
  };
}

export function writeTempSupergraph(sdl: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'gateway-test-')), 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

export function testConfig(
  overrides: Partial<GatewayConfig> & Pick<GatewayConfig, 'supergraphPath' | 'gatewayPrivateKey'>,
): GatewayConfig {
  return {
    nodeEnv: 'development',
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: {},
    corsOrigins: ['*'],
    maxDepth: 5,
    maxCost: 1000,
    logLevel: 'silent',
    supergraphPollMs: 50,
    ...overrides,
  };
}

export async function postGraphql(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json()) as any };
}

/** Polls `probe` until it holds, failing after `timeoutMs`. */
export async function until(probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
