import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode } from 'graphql';

/** One entry of a GraphQL response's `errors`; `extensions.code` is the machine-readable reason. */
export interface ImajinGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** What {@link ImajinClient.rawRequest} returns: the response as the server sent it, never thrown. */
export interface RawResponse<TResult> {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  data: TResult | null;
  /** Absent when the server reported no errors, as in the GraphQL response format. */
  errors?: ImajinGraphQLError[];
}

export interface ImajinClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** A session token from signIn; sent as `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Injected for tests and non-Node runtimes; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (they cannot override content-type or authorization). */
  headers?: Record<string, string>;
}

/** Codes the client itself assigns when the server gave none it could read. */
export const ClientErrorCodes = {
  network: 'NETWORK_ERROR',
  badResponse: 'BAD_RESPONSE',
  http: 'HTTP_ERROR',
  noData: 'NO_DATA',
} as const;

/** A GraphQL or HTTP failure; `code` is the first error's `extensions.code`, for branching on. */
export class ImajinRequestError extends Error {
  readonly errors: ImajinGraphQLError[];
  readonly code: string | undefined;
  readonly status: number;

  constructor(errors: ImajinGraphQLError[], status: number) {
    const first = errors[0];
    const code = first?.extensions?.code;
    super(
      first ? `${first.message}${code ? ` (${code})` : ''}` : `GraphQL request failed with HTTP ${status}`,
    );
    this.name = 'ImajinRequestError';
    this.errors = errors;
    this.code = code;
    this.status = status;
  }
}

/**
 * A field the schema makes nullable so that one service's outage cannot wipe out the rest of a response.
 * After {@link ImajinClient.request} returned (no errors), it is present; null would be a server bug.
 */
export function present<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) {
    throw new ImajinRequestError(
      [{ message: `The response carried no ${field}`, extensions: { code: ClientErrorCodes.noData } }],
      200,
    );
  }
  return value;
}

// print() walks the whole AST; generated documents are module-level constants, so each is printed once.
const printed = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toErrors(value: unknown): ImajinGraphQLError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((e): ImajinGraphQLError => {
    if (!isRecord(e)) return { message: String(e) };
    const out: ImajinGraphQLError = { message: typeof e.message === 'string' ? e.message : 'Unknown error' };
    if (Array.isArray(e.path)) out.path = e.path as Array<string | number>;
    if (isRecord(e.extensions)) out.extensions = e.extensions;
    return out;
  });
}

/**
 * A minimal GraphQL-over-HTTP client for the Imajin gateway: typed documents in, typed data out. It
 * holds the session token so the identity helpers can sign in once and every later call is authenticated.
 */
export class ImajinClient {
  readonly url: string;
  private currentToken: string | null;
  private readonly fetchImpl: typeof fetch;
  private readonly extraHeaders: Record<string, string>;

  constructor(options: ImajinClientOptions) {
    this.url = options.url;
    this.currentToken = options.token ?? null;
    // Bound lazily so a fetch polyfilled after construction is still picked up, and so the global is
    // never called with the client as `this` (browsers throw "Illegal invocation").
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.extraHeaders = { ...(options.headers ?? {}) };
  }

  /** The session token sent with each request, or null. */
  get token(): string | null {
    return this.currentToken;
  }

  setToken(token: string | null): void {
    this.currentToken = token;
  }

  /** Runs an operation; throws {@link ImajinRequestError} on any GraphQL error or non-2xx status. */
  async request<TResult, TVars>(
    document: TypedDocumentNode<TResult, TVars>,
    variables?: TVars,
  ): Promise<TResult> {
    const res = await this.rawRequest(document, variables);
    if (res.errors && res.errors.length > 0) throw new ImajinRequestError(res.errors, res.status);
    if (res.status < 200 || res.status >= 300) {
      throw new ImajinRequestError(
        [{ message: `HTTP ${res.status}`, extensions: { code: ClientErrorCodes.http } }],
        res.status,
      );
    }
    if (res.data === null) {
      throw new ImajinRequestError(
        [{ message: 'The response carried no data', extensions: { code: ClientErrorCodes.noData } }],
        res.status,
      );
    }
    return res.data;
  }

  /**
   * Runs an operation and returns status, data and errors as received, so callers (and tests) can look
   * at error codes without try/catch. Only an unreadable response is turned into a synthetic error.
   */
  async rawRequest<TResult, TVars>(
    document: TypedDocumentNode<TResult, TVars>,
    variables?: TVars,
  ): Promise<RawResponse<TResult>> {
    const operationName = getOperationAST(document)?.name?.value;
    const body = JSON.stringify({ query: queryText(document), variables: variables ?? {}, operationName });
    const headers: Record<string, string> = {
      ...this.extraHeaders,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (this.currentToken !== null) headers.authorization = `Bearer ${this.currentToken}`;

    let response: Response;
    try {
      response = await this.fetchImpl(this.url, { method: 'POST', headers, body });
    } catch (err) {
      return {
        status: 0,
        data: null,
        errors: [
          {
            message: `Cannot reach ${this.url}: ${(err as Error).message}`,
            extensions: { code: ClientErrorCodes.network },
          },
        ],
      };
    }

    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!isRecord(json) || (!('data' in json) && !('errors' in json))) {
      // A proxy error page or similar: keep the start of the body, it usually says what went wrong.
      return {
        status: response.status,
        data: null,
        errors: [
          {
            message: `HTTP ${response.status}: not a GraphQL response: ${text.slice(0, 200)}`,
            extensions: { code: response.ok ? ClientErrorCodes.badResponse : ClientErrorCodes.http },
          },
        ],
      };
    }
    const result: RawResponse<TResult> = {
      status: response.status,
      data: (json.data ?? null) as TResult | null,
    };
    const errors = toErrors(json.errors);
    if (errors !== undefined) result.errors = errors;
    return result;
  }
}
