import type { GraphQLSchema } from 'graphql';

import type { BaseSubgraphConfig, Clock, Logger } from '@imajin/subgraph-common';

import type { SubgraphName } from './subgraph-list';

/** The contract every subgraph package meets, so ops can build, start and test them all alike. */
export interface SubgraphModule {
  buildSchema(): Promise<GraphQLSchema>;
  loadConfig(env: NodeJS.ProcessEnv): BaseSubgraphConfig;
  start(
    config: BaseSubgraphConfig,
    options?: { clock?: Clock; logger?: Logger },
  ): Promise<{ url: string; port: number; stop(): Promise<void> }>;
}

export function loadSubgraph(name: SubgraphName): SubgraphModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`@imajin/${name}`) as SubgraphModule;
}
