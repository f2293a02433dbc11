/**
 * The subgraphs of the supergraph and their dev ports. Each lives in subgraphs/<name> as package
 * @imajin/<name> exporting buildSchema(), loadConfig(env) and start(config, options).
 */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'trust', port: 4002 },
  { name: 'payments', port: 4003 },
  // events after payments: it calls payments' internal routes.
  { name: 'events', port: 4004 },
  { name: 'chat', port: 4005 },
  { name: 'registry', port: 4006 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const devSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
