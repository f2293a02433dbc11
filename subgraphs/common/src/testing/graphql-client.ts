export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

/** Plain POST of a GraphQL document, for subgraph-level tests. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Resolves federation references the way the query planner does: `_entities(representations)`. */
export async function queryEntities<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string>,
  representations: Array<Record<string, unknown>>,
  typeName: string,
  selection: string,
): Promise<GraphQLResponse<{ _entities: Array<T | null> }>> {
  return postGraphQL(
    url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName} { ${selection} } } }`,
    { r: representations },
    headers,
  );
}
