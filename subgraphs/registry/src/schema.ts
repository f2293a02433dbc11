import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import type { RegistryContext } from './context';
import { toNode } from './node/node.mapper';
import { IdentityNodesResolver, NodeResolver } from './node/node.resolver';

async function resolveNodeReference(ref: { did: string }, ctx: RegistryContext) {
  const row = await ctx.loaders.node.load(ref.did);
  return row ? toNode(row, ctx.now, ctx.services.nodes.domain) : null;
}

export function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [NodeResolver, IdentityNodesResolver], validate: false },
    {
      Node: { __resolveReference: resolveNodeReference as (ref: never, ctx: never) => unknown },
      Identity: {
        __resolveReference: ((ref: { did: string }) => ({ did: ref.did })) as (ref: never) => unknown,
      },
    },
  );
}
