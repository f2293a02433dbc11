import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import type { GatewayContext } from '../context';
import { InternalServerError, type ClientCode, type ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { isUnavailableError } from '../supergraph/subgraph-failure';

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_SIGNATURE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

// Apollo's request-level codes that clients branch on (retry with the full query, fix the document):
// they pass through unchanged (DESIGN.md, Errors).
const PASS_THROUGH_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

// Apollo's other request errors are the client's to fix too: they fold into BAD_USER_INPUT.
const APOLLO_REQUEST_CODES = new Set<string>([
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// Apollo's wrappers never carry anything a client needs; `response` holds a subgraph's internal URL.
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'response'];

export const MASKED_MESSAGE = 'Internal server error';

export function clientCode(code: unknown): ClientCode {
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  if (CLIENT_CODES.has(code)) return code as ErrorCode;
  if (PASS_THROUGH_CODES.has(code)) return code as ClientCode;
  if (APOLLO_REQUEST_CODES.has(code)) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * The code an error leaves with. A limit rule's BAD_USER_INPUT is wrapped by Apollo as
 * GRAPHQL_VALIDATION_FAILED; the gateway's own code, on the original error, is the more useful one.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): ClientCode {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && CLIENT_CODES.has(String(original.extensions?.code))) {
    return original.extensions.code as ErrorCode;
  }
  return clientCode(formatted.extensions?.code);
}

/** Our own InternalServerError messages are written for clients ("try again later"); keep them. */
function isDeliberate(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return original instanceof InternalServerError;
}

/**
 * Apollo's formatError: every error leaves with a code from the fixed set (or one of Apollo's
 * pass-through codes). Unless `debug` (DEBUG_ERRORS), stack traces and internal extensions are dropped
 * and an internal error's message is replaced, since they can carry SQL, paths or secrets; the
 * original is logged with the request id by errorLoggingPlugin.
 */
export function createFormatError(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = codeOf(formatted, error);
    if (debug) return { ...formatted, extensions: { ...formatted.extensions, code } };
    const extensions = { ...formatted.extensions };
    for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
    // A subgraph's "unavailable, try again" is written for clients and names no internals: keep it.
    if (code === 'INTERNAL_SERVER_ERROR' && extensions.retryable === true) {
      return { message: formatted.message, path: formatted.path, extensions: { code, retryable: true } };
    }
    // A subgraph outage keeps its message: it names the service and says "try again", nothing internal.
    if (code === 'INTERNAL_SERVER_ERROR' && !isDeliberate(error) && !isUnavailableError(formatted)) {
      return {
        message: MASKED_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}

// Outages are logged once per failed fetch by the data source, not once per field here.
function isInternal(error: GraphQLError): boolean {
  return clientCode(error.extensions?.code) === 'INTERNAL_SERVER_ERROR' && !isUnavailableError(error);
}

/** Logs internal errors with the request id, so a masked "Internal server error" can be traced. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async contextCreationDidFail({ error }) {
      if (!('extensions' in error) || isInternal(error as GraphQLError)) {
        logger.error({ err: error }, 'request context creation failed');
      }
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isInternal(error)) continue;
            logger.error(
              {
                err: error.originalError ?? error,
                requestId: contextValue.requestId,
                operationName,
                path: error.path,
              },
              error.message,
            );
          }
        },
      };
    },
  };
}
