import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

import { signViewerAssertion } from '@imajin/protocol';

import { REQUEST_ID_HEADER, VIEWER_HEADER, type GatewayContext } from '../context';

// Node's global fetch (undici) keeps connections alive and pools them per origin by default, which is
// what the gateway needs for throughput (DESIGN.md, gateway speed); make-fetch-happen, Apollo's default,
// adds an HTTP cache layer we do not want between gateway and subgraphs.
const keepAliveFetcher = fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/**
 * Every subgraph request carries the viewer (or null) signed with the gateway's key, so a subgraph
 * can trust the DID without trusting the network, and the request id for correlated logs.
 */
export class SignedViewerDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  private readonly seed: Uint8Array;

  constructor(url: string, seed: Uint8Array) {
    super({ url, fetcher: keepAliveFetcher });
    this.seed = seed;
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>): void {
    // Health checks and schema loads run without a request context: they go out anonymous.
    const requestId = context?.requestId ?? crypto.randomUUID();
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(
      VIEWER_HEADER,
      signViewerAssertion({ did: context?.viewerDid ?? null, requestId }, this.seed),
    );
    headers.set(REQUEST_ID_HEADER, requestId);
  }
}
