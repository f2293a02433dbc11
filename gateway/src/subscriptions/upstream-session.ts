import type { ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { VIEWER_HEADER, type ViewerSigner } from '../context';

import { EventQueue } from './event-queue';

export interface UpstreamRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface UpstreamSessionOptions {
  viewerDid: string | null;
  requestId: string;
  clientIp: string | null;
  signViewer: ViewerSigner;
  /** Picks the subgraph instance for a new upstream connection (round robin over SUBSCRIPTION_URLS). */
  urlFor: (serviceName: string) => string | undefined;
  queueLimit: number;
}

/** A subgraph answered the subscribe with errors and no event stream (refused, invalid, not found). */
export class UpstreamRefusal extends Error {
  constructor(readonly result: ExecutionResult) {
    super('upstream refused the subscription');
  }
}

export class SlowConsumerError extends Error {}

/**
 * The upstream side of one client connection: one graphql-ws connection per subgraph, opened on first
 * use and authenticated like HTTP, with the viewer signed by the gateway in connectionParams. Each
 * subgraph therefore sees the viewer of the connection and enforces its own policy (membership).
 */
export class UpstreamSession {
  private readonly clients = new Map<string, Client>();
  private closed = false;

  constructor(private readonly options: UpstreamSessionOptions) {}

  private client(serviceName: string): Client {
    let client = this.clients.get(serviceName);
    if (client) return client;
    const url = this.options.urlFor(serviceName);
    if (!url) throw new Error(`No subscription endpoint is known for subgraph ${serviceName}`);
    const { viewerDid, requestId, clientIp, signViewer } = this.options;
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: true,
      // Signed at each (re)connect for this subgraph only: the assertion is valid for seconds.
      connectionParams: () => ({
        [VIEWER_HEADER]: signViewer({ did: viewerDid, requestId, aud: serviceName, clientIp }),
      }),
      // A dropped upstream ends the client's subscription with an error; the client resubscribes and
      // catches up with messages(after:), which is gap-free, rather than the gateway guessing.
      retryAttempts: 0,
      lazyCloseTimeout: 0,
    });
    this.clients.set(serviceName, client);
    return client;
  }

  /** Events of one upstream subscription, bounded by `queueLimit` undelivered events. */
  subscribe(serviceName: string, request: UpstreamRequest): EventQueue<ExecutionResult> {
    if (this.closed) throw new Error('The connection is closed');
    // Filled in once subscribe() returns, for the queue's close callback.
    const release: { unsubscribe?: () => void } = {};
    const queue = new EventQueue<ExecutionResult>(
      this.options.queueLimit,
      () => release.unsubscribe?.(),
      () =>
        new SlowConsumerError(
          `This subscription fell ${this.options.queueLimit} events behind and was ended; ` +
            'resubscribe and catch up from your last cursor',
        ),
    );
    let sawData = false;
    release.unsubscribe = this.client(serviceName).subscribe(request, {
      next: (result) => {
        if (!sawData && !result.data && result.errors?.length) {
          queue.fail(new UpstreamRefusal(result as ExecutionResult));
          return;
        }
        sawData = true;
        queue.push(result as ExecutionResult);
      },
      error: (error) => {
        if (Array.isArray(error)) queue.fail(new UpstreamRefusal({ errors: error }));
        else queue.fail(error);
      },
      complete: () => queue.end(),
    });
    return queue;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
    this.clients.clear();
  }
}
