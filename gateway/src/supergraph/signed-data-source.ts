import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';

import { REQUEST_ID_HEADER, VIEWER_HEADER, type GatewayContext, type ViewerSigner } from '../context';

// Node's global fetch (undici) keeps connections alive and pools them per origin by default, which is
// what the gateway needs for throughput (DESIGN.md, gateway speed); make-fetch-happen, Apollo's default,
// adds an HTTP cache layer we do not want between gateway and subgraphs. Looked up per call, so a test
// can observe what the gateway sends.
const keepAliveFetcher = ((input: string, init?: RequestInit) =>
  fetch(input, init)) as unknown as RemoteGraphQLDataSource['fetcher'];

/**
 * Every subgraph request carries the viewer (or null) and the client's address signed with the gateway's
 * key for this subgraph only (`aud`), so a subgraph can trust them without trusting the network, and a
 * captured header is worthless at any other subgraph; plus the request id for correlated logs.
 */
export class SignedViewerDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  constructor(
    url: string,
    private readonly serviceName: string,
    private readonly signViewer: ViewerSigner,
  ) {
    super({ url, fetcher: keepAliveFetcher });
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
      this.signViewer({
        did: context?.viewerDid ?? null,
        requestId,
        aud: this.serviceName,
        clientIp: context?.clientIp ?? null,
      }),
    );
    headers.set(REQUEST_ID_HEADER, requestId);
  }
}
