import type { GraphQLSchema } from 'graphql';

import { toBase64Url } from '@imajin/protocol';
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

/** The environment that runs a subgraph in-process on loopback, as tests and benchmarks do. */
export function localSubgraphEnv(options: {
  databaseUrl: string;
  gatewayPublicKey: Uint8Array;
  gatewayUrl?: string;
  nodeEnv: 'test' | 'production';
  /** Shared by all subgraphs of one stack, as on one node. */
  nodeMasterKey: string;
}): Record<string, string> {
  return {
    NODE_MASTER_KEY: options.nodeMasterKey,
    DATABASE_URL: options.databaseUrl,
    GATEWAY_PUBLIC_KEY: toBase64Url(options.gatewayPublicKey),
    ...(options.gatewayUrl ? { GATEWAY_URL: options.gatewayUrl } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    NODE_ENV: options.nodeEnv,
  };
}
