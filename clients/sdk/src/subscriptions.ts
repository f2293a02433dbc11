import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

import { ImajinRequestError, type ImajinGraphQLError } from './client';

export interface SubscriptionClientOptions {
  /** The gateway's GraphQL endpoint; `http(s)://` becomes `ws(s)://` on the same path. */
  url: string;
  /** A session token from signIn; sent once per connection in connectionParams. */
  token?: string | null;
  /** A WebSocket implementation for runtimes without a global one (Node: the `ws` package). */
  webSocketImpl?: unknown;
}

export interface Subscription<TResult> extends AsyncIterableIterator<TResult> {
  /** Stops the subscription; the iterator then ends. */
  unsubscribe(): Promise<void>;
}

/**
 * Live operations through the gateway over graphql-ws. One connection carries every subscription of a
 * client; the gateway checks the session once, at connect. A stream that ends with an error throws an
 * {@link ImajinRequestError} (e.g. FORBIDDEN for a conversation you are not in, RATE_LIMITED when you fell
 * behind): subscribe again and catch up from your last cursor with a query.
 */
export class ImajinSubscriptionClient {
  private readonly client: Client;

  constructor(options: SubscriptionClientOptions) {
    this.client = createClient({
      url: options.url.replace(/^http/, 'ws'),
      webSocketImpl: options.webSocketImpl,
      connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
      retryAttempts: 0,
    });
  }

  /** Typed results of one subscription, in order. */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Subscription<TResult> {
    const iterator = this.client.iterate<TResult>({ query: print(document), variables });
    const next = async (): Promise<IteratorResult<TResult>> => {
      let step: IteratorResult<{ data?: TResult | null; errors?: readonly unknown[] }>;
      try {
        step = await iterator.next();
      } catch (error) {
        throw asRequestError(error);
      }
      if (step.done) return { value: undefined, done: true };
      const { data, errors } = step.value;
      if (errors?.length || !data) {
        await iterator.return?.();
        throw new ImajinRequestError((errors ?? []) as ImajinGraphQLError[], 200);
      }
      return { value: data, done: false };
    };
    const subscription: Subscription<TResult> = {
      next,
      return: async () => {
        await iterator.return?.();
        return { value: undefined, done: true };
      },
      unsubscribe: async () => {
        await iterator.return?.();
      },
      [Symbol.asyncIterator]() {
        return subscription;
      },
    };
    return subscription;
  }

  /** Closes the connection and every subscription on it. */
  async close(): Promise<void> {
    await this.client.dispose();
  }
}

function asRequestError(error: unknown): Error {
  if (Array.isArray(error)) return new ImajinRequestError(error as ImajinGraphQLError[], 200);
  const close = error as { code?: number; reason?: string };
  if (typeof close?.code === 'number') {
    const code =
      close.code === 4403 ? 'UNAUTHENTICATED' : close.code === 1013 ? 'RATE_LIMITED' : 'NETWORK_ERROR';
    const message =
      close.code === 4403
        ? 'The session token was refused; sign in again'
        : `Connection closed (${close.code} ${close.reason ?? ''})`;
    return new ImajinRequestError([{ message, extensions: { code } }], 0);
  }
  return error instanceof Error ? error : new Error(String(error));
}
