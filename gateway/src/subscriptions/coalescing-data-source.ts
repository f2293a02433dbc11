import type { GraphQLDataSource, GraphQLDataSourceProcessOptions, ServiceMap } from '@apollo/gateway';

import type { GatewayContext } from '../context';

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * One event fans out to every subscriber, and each runs the same follow-up fetches (the sender's profile
 * for a chat message). Identical requests for the same viewer that are in flight at once share one
 * subgraph call. Only in-flight requests are shared (nothing is cached after the answer), and never
 * across viewers, since a subgraph may answer each viewer differently.
 */
export class CoalescingDataSource implements GraphQLDataSource<Record<string, unknown>> {
  private readonly inFlight = new Map<string, Promise<Response>>();
  /** Subgraph calls saved so far (for tests and metrics). */
  shared = 0;

  constructor(readonly inner: GraphQLDataSource) {}

  async process(options: GraphQLDataSourceProcessOptions<Record<string, unknown>>): Promise<Response> {
    const context = options.context as Partial<GatewayContext> | undefined;
    const key = JSON.stringify([
      context?.viewerDid ?? null,
      options.request.query,
      options.request.variables,
    ]);
    let pending = this.inFlight.get(key);
    if (pending) {
      this.shared += 1;
    } else {
      pending = this.inner.process(options as never);
      this.inFlight.set(key, pending);
      const release = () => this.inFlight.delete(key);
      pending.then(release, release);
    }
    // The plan executor rewrites and merges what it receives, so each subscriber gets its own copy.
    return structuredClone(await pending);
  }
}

/** Keeps one coalescing wrapper per data source, following the gateway's current sources. */
export function coalescingServices(services: () => ServiceMap): () => ServiceMap {
  // Weak: a supergraph reload replaces the sources, and their wrappers go with them.
  const wrappers = new WeakMap<GraphQLDataSource, CoalescingDataSource>();
  return () => {
    const current = services();
    const wrapped: ServiceMap = {};
    for (const [name, source] of Object.entries(current)) {
      let wrapper = wrappers.get(source);
      if (!wrapper) {
        wrapper = new CoalescingDataSource(source);
        wrappers.set(source, wrapper);
      }
      wrapped[name] = wrapper;
    }
    return wrapped;
  };
}
