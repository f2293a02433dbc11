import list from './subgraphs.json';

/**
 * The subgraphs of the supergraph and their dev ports: the one list. Each lives in subgraphs/<name> as
 * package @imajin/<name> exporting buildSchema(), loadConfig(env) and start(config, options). JSON, so that
 * jest.config.js and eslint.config.js read it too; subgraph-list.test.ts checks every other list agrees.
 * Order matters: the launcher starts them in this order, and events comes after payments (it calls
 * payments' internal routes).
 */
export const SUBGRAPHS: readonly { readonly name: string; readonly port: number }[] = list;

export type SubgraphName = string;

export const devSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
