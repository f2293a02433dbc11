import { EventEmitter, on } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import { verifyViewerAssertion } from '@imajin/protocol';

import { VIEWER_DID } from './test-subgraph';

// Two small real subgraphs for the gateway's subscription path: `feed` owns a subscription whose
// payload references `Author`, which `people` owns, so each event needs a second fetch.

const feedTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { posts: [Post!]! }
  type Subscription { postAdded(room: String!): Post! }
  type Post @key(fields: "id") { id: ID! text: String! author: Author! }
  type Author @key(fields: "id", resolvable: false) { id: ID! }
`);

const peopleTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { author(id: ID!): Author }
  type Author @key(fields: "id") { id: ID! name: String! }
`);

interface Post {
  id: string;
  text: string;
  authorId: string;
}

export interface FeedSubgraphs {
  feedUrl: string;
  peopleUrl: string;
  /** Composed with `others` (the identity test subgraph, which resolves session tokens). */
  supergraph(others?: { name: string; url: string; typeDefs: DocumentNode }[]): string;
  publish(room: string, post: Post): void;
  /** Open upstream graphql-ws connections the feed subgraph holds. */
  openSockets(): number;
  /** Entity fetches `people` answered (one per event that selected author fields). */
  peopleFetches: number;
  stop(): Promise<void>;
}

async function listen(app: express.Express): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

export async function startFeedSubgraphs(gatewayPublicKey: Uint8Array): Promise<FeedSubgraphs> {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  const state = { peopleFetches: 0 };
  const viewerOf = (header: unknown, audience: 'feed' | 'people') => {
    if (typeof header !== 'string')
      throw new GraphQLError('no viewer', { extensions: { code: 'UNAUTHENTICATED' } });
    return verifyViewerAssertion(header, gatewayPublicKey, { audience }).did;
  };

  const feedSchema = buildSubgraphSchema({
    typeDefs: feedTypeDefs,
    resolvers: {
      Query: { posts: () => [] },
      Subscription: {
        postAdded: {
          subscribe: async function* (_: unknown, args: { room: string }, ctx: { viewerDid: string | null }) {
            if (args.room === 'private' && ctx.viewerDid !== VIEWER_DID) {
              throw new GraphQLError('Only members of private may subscribe to it', {
                extensions: { code: 'FORBIDDEN' },
              });
            }
            for await (const [post] of on(bus, args.room) as AsyncIterable<[Post]>) {
              yield { postAdded: { id: post.id, text: post.text, author: { id: post.authorId } } };
            }
          },
        },
      },
    } as never,
  });
  const feedApollo = new ApolloServer({
    schema: feedSchema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await feedApollo.start();
  const feedApp = express();
  feedApp.use('/graphql', express.json(), expressMiddleware(feedApollo));
  const feed = await listen(feedApp);
  const wsServer = new WebSocketServer({ server: feed.server, path: '/graphql' });
  const wsDisposable = useServer(
    {
      schema: feedSchema,
      onConnect: (ctx) => {
        try {
          viewerOf(ctx.connectionParams?.['x-imajin-viewer'], 'feed');
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => ({ viewerDid: viewerOf(ctx.connectionParams?.['x-imajin-viewer'], 'feed') }),
    },
    wsServer,
  );

  const peopleSchema = buildSubgraphSchema({
    typeDefs: peopleTypeDefs,
    resolvers: {
      Query: { author: (_: unknown, { id }: { id: string }) => ({ id }) },
      Author: {
        __resolveReference: (ref: { id: string }) => {
          state.peopleFetches += 1;
          return { id: ref.id };
        },
        name: (author: { id: string }) => `Author ${author.id}`,
      },
    } as never,
  });
  const peopleApollo = new ApolloServer({
    schema: peopleSchema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await peopleApollo.start();
  const peopleApp = express();
  peopleApp.use(
    '/graphql',
    express.json(),
    expressMiddleware(peopleApollo, {
      context: async ({ req }) => ({ viewerDid: viewerOf(req.header('x-imajin-viewer'), 'people') }),
    }),
  );
  const people = await listen(peopleApp);

  return {
    feedUrl: feed.url,
    peopleUrl: people.url,
    supergraph: (others = []) => {
      const result = composeServices([
        ...others,
        { name: 'feed', url: feed.url, typeDefs: feedTypeDefs },
        { name: 'people', url: people.url, typeDefs: peopleTypeDefs },
      ]);
      if (result.errors || !result.supergraphSdl)
        throw new Error(`composition failed: ${String(result.errors)}`);
      return result.supergraphSdl;
    },
    publish: (room, post) => bus.emit(room, post),
    openSockets: () => wsServer.clients.size,
    get peopleFetches() {
      return state.peopleFetches;
    },
    stop: async () => {
      await wsDisposable.dispose();
      for (const { server } of [feed, people]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await feedApollo.stop();
      await peopleApollo.stop();
    },
  };
}
