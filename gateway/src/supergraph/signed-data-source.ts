import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';

import { REQUEST_ID_HEADER, VIEWER_HEADER, type GatewayContext, type ViewerSigner } from '../context';
import type { Logger } from '../logger';

import { passThroughErrors, SubgraphHttpError, unavailableErrors } from './subgraph-failure';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

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
 *
 * Failures become answers the plan executor can place: a subgraph's GraphQL errors pass through with their
 * codes whatever the HTTP status, and a subgraph that cannot answer yields "The <name> service is
 * unavailable; try again" at each field it should have filled, so the rest of the response survives.
 */
export class SignedViewerDataSource extends RemoteGraphQLDataSource<Partial<GatewayContext>> {
  constructor(
    url: string,
    private readonly serviceName: string,
    private readonly signViewer: ViewerSigner,
    private readonly logger?: Logger,
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

  override async process(
    options: GraphQLDataSourceProcessOptions<Partial<GatewayContext>>,
  ): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      // Health checks and schema loads (no incoming request) keep Apollo's behaviour: callers expect a throw.
      if (!('incomingRequestContext' in options)) throw error;
      const requestId = options.context?.requestId;
      if (error instanceof SubgraphHttpError && error.status !== 401) {
        const errors = passThroughErrors(error.body);
        if (errors) return { errors };
      }
      // A 401 means the subgraph refused the gateway's own assertion (keys or clocks out of step): the
      // client can do nothing about it, so it is reported like an outage and logged for the operator.
      this.logger?.error(
        {
          err: error instanceof SubgraphHttpError ? undefined : error,
          status: error instanceof SubgraphHttpError ? error.status : undefined,
          service: this.serviceName,
          requestId,
        },
        'subgraph unavailable',
      );
      return {
        errors: unavailableErrors(
          this.serviceName,
          options.request.query ?? '',
          options.document,
          options.request.variables,
        ),
      };
    }
  }

  /** Keeps the whole answer (never its URL or status text) for {@link process} to judge. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    return new SubgraphHttpError(response.status, body);
  }
}
