/** The subgraphs of the supergraph, their dev ports, and where their SDL is checked in. */
export const SUBGRAPHS = [{ name: 'identity', port: 4001 }] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const devSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
