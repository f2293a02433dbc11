import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';

/** At most this many per-field errors for one failed fetch; a long entity list would otherwise flood. */
export const MAX_UNAVAILABLE_ERRORS = 100;

/**
 * What the client sees where a subgraph could not answer (down, timed out, or answered without GraphQL).
 * A plain object, so it survives the cloning subscriptions do; `unavailable: true` tells the gateway's
 * error formatter that the message was written for the client and may be shown although the code is
 * INTERNAL_SERVER_ERROR.
 */
export function unavailableError(
  serviceName: string,
  path?: ReadonlyArray<string | number>,
): GraphQLFormattedError {
  return {
    message: `The ${serviceName} service is unavailable; try again`,
    ...(path ? { path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName, unavailable: true },
  };
}

/** True for an {@link unavailableError} (after the plan executor re-wrapped it). */
export function isUnavailableError(error: GraphQLFormattedError): boolean {
  return error.extensions?.unavailable === true && typeof error.extensions.serviceName === 'string';
}

/** A non-2xx subgraph answer, kept whole so the data source can decide what the client sees. */
export class SubgraphHttpError extends GraphQLError {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`subgraph answered HTTP ${status}`);
    this.name = 'SubgraphHttpError';
  }
}

// The gateway validated the client's document already; a subgraph that refuses the one the gateway wrote
// is refusing an argument value only it can parse (a custom scalar): the client's input, not its document.
const INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
// Transport details (URLs, status text, bodies, stack traces) that must never reach a client.
const INTERNAL_EXTENSIONS = new Set(['response', 'stacktrace', 'exception', 'http']);

function isErrorList(value: unknown): value is Array<{ message: unknown }> {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (e) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string',
    )
  );
}

/**
 * The GraphQL errors of a subgraph's non-2xx answer, with their own messages and codes, minus anything
 * about the transport; undefined when the body holds no GraphQL errors (then the subgraph is unavailable).
 */
export function passThroughErrors(body: unknown): GraphQLFormattedError[] | undefined {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!isErrorList(errors)) return undefined;
  return errors.map((error) => {
    const { path, extensions: raw } = error as GraphQLFormattedError;
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw ?? {})) {
      if (!INTERNAL_EXTENSIONS.has(key)) extensions[key] = value;
    }
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    extensions.code = INPUT_CODES.has(code) ? 'BAD_USER_INPUT' : code;
    return { message: error.message as string, ...(path ? { path } : {}), extensions };
  });
}

type Fragments = Map<string, FragmentDefinitionNode>;

/** Response keys a selection set asks for, by the type condition they apply to ('' = any type). */
function keysByType(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  on = '',
  into = new Map<string, Set<string>>(),
) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (key === '__typename') continue;
      if (!into.has(on)) into.set(on, new Set());
      into.get(on)!.add(key);
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      keysByType(fragment.selectionSet, fragments, fragment.typeCondition?.name.value ?? on, into);
    }
  }
  return into;
}

/**
 * One error per field the failed fetch should have filled, with the path the subgraph would have given
 * it (`_entities.<i>.<field>` for entity fetches): the gateway turns those into the client's paths.
 */
export function unavailableErrors(
  serviceName: string,
  query: string,
  document: DocumentNode | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLFormattedError[] {
  let doc = document;
  try {
    doc ??= parse(query);
  } catch {
    return [unavailableError(serviceName)];
  }
  const fragments: Fragments = new Map();
  for (const definition of doc.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [unavailableError(serviceName)];
  const errors: GraphQLFormattedError[] = [];
  const add = (path: Array<string | number>) => {
    if (errors.length < MAX_UNAVAILABLE_ERRORS) errors.push(unavailableError(serviceName, path));
  };
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (key === '__typename') continue;
    const representations = variables?.representations;
    if (selection.name.value === '_entities' && selection.selectionSet && Array.isArray(representations)) {
      const byType = keysByType(selection.selectionSet, fragments);
      representations.forEach((representation, index) => {
        const typename = (representation as { __typename?: string } | null)?.__typename ?? '';
        const fields = new Set([...(byType.get('') ?? []), ...(byType.get(typename) ?? [])]);
        for (const field of fields) add([key, index, field]);
      });
    } else {
      add([key]);
    }
  }
  return errors.length > 0 ? errors : [unavailableError(serviceName)];
}
