import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';

import type { GatewayContext } from '../context';
import type { ErrorCode } from '../errors';
import type { Logger } from '../logger';

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

// Apollo's own request errors are the client's to fix: fold them into the fixed set of codes.
const APOLLO_REQUEST_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const MASKED_MESSAGE = 'Internal server error';

export function clientCode(code: unknown): ErrorCode {
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code as ErrorCode;
  if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's formatError: every error leaves with a code from the fixed set; outside development an
 * internal error's message and any stack trace (ours or a subgraph's) are replaced, since they can
 * carry SQL, paths or secrets. The original is logged with the request id by errorLoggingPlugin.
 */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, _error: unknown): GraphQLFormattedError => {
    const code = clientCode(formatted.extensions?.code);
    if (development) return { ...formatted, extensions: { ...formatted.extensions, code } };
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    // A subgraph's "unavailable, try again" is written for clients and names no internals: keep it.
    if (code === 'INTERNAL_SERVER_ERROR' && extensions.retryable === true) {
      return { message: formatted.message, path: formatted.path, extensions: { code, retryable: true } };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
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

function isInternal(error: GraphQLError): boolean {
  return clientCode(error.extensions?.code) === 'INTERNAL_SERVER_ERROR';
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
