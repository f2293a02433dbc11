/**
 * The subgraphs of the supergraph and their dev ports. Each lives in subgraphs/<name> as package
 * @imajin/<name> exporting buildSchema(), loadConfig(env) and start(config, options).
 */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'trust', port: 4002 },
  { name: 'registry', port: 4006 },
  // Dev ports: identity 4001, trust 4002, payments 4003, events 4004, chat 4005, registry 4006.
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const devSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
