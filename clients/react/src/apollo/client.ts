import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';

import { createImajinCache } from './cache';

export interface ImajinClientOptions {
  /** The gateway's GraphQL endpoint, absolute or relative to the page (default `/graphql`). */
  url?: string;
  /** The current session token, read for every request and every (re)connection of the socket. */
  getToken: () => string | null;
  /** Longest wait between reconnection attempts (default 30 s). */
  maxRetryDelayMs?: number;
  /** For tests and non-browser runtimes. */
  fetch?: typeof fetch;
  webSocketImpl?: unknown;
}

function wsUrlOf(httpUrl: string): string {
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const url = new URL(httpUrl, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Exponential backoff with full jitter, so a restarted gateway is not hit by every tab at once. */
export function retryDelayMs(attempt: number, maxMs: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(maxMs, 500 * 2 ** attempt));
}

/**
 * Apollo Client over the gateway: queries and mutations over HTTP, subscriptions over graphql-ws on the same
 * path. The bearer token goes in the Authorization header and in connectionParams; `restartSocket` reconnects
 * after sign-in or sign-out so live operations run as the new viewer.
 */
export function createImajinClient(options: ImajinClientOptions): {
  client: ApolloClient;
  restartSocket: () => void;
} {
  const url = options.url ?? '/graphql';
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const ws: Client = createClient({
    url: wsUrlOf(url),
    webSocketImpl: options.webSocketImpl,
    lazy: true,
    connectionParams: () => {
      const token = options.getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Reconnect for as long as the page is open: a dropped connection is a network matter, not the user's.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries, maxDelay))),
  });
  const auth = new SetContextLink((prev) => {
    const token = options.getToken();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: url, fetch: options.fetch });
  const link = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    new GraphQLWsLink(ws),
    ApolloLink.from([auth, http]),
  );
  const client = new ApolloClient({ link, cache: createImajinCache() });
  return { client, restartSocket: () => ws.terminate() };
}
