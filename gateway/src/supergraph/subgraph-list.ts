import { Kind, parse, type ConstValueNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  /** The GraphQL endpoint, after SUBGRAPH_URLS overrides. */
  url: string;
}

function stringArg(args: readonly { name: { value: string }; value: ConstValueNode }[], name: string) {
  const arg = args.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.STRING ? arg.value.value : undefined;
}

/** Reads the subgraphs a supergraph names in its `join__Graph` enum, applying URL overrides. */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string>): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = directive ? stringArg(directive.arguments ?? [], 'name') : undefined;
      const url = directive ? stringArg(directive.arguments ?? [], 'url') : undefined;
      if (name) endpoints.push({ name, url: overrides[name] ?? url ?? '' });
    }
  }
  return endpoints;
}

/** `http://identity:4001/graphql` → `http://identity:4001`: internal routes live beside /graphql. */
export function subgraphBaseUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') || '/';
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/$/, '');
}
