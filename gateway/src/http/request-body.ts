import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';

import { BadUserInputError, InternalServerError } from '../errors';
import type { Logger } from '../logger';

/** Largest request body the gateway reads. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

// body-parser errors carry these; see body-parser's README, "Errors".
interface BodyError extends Error {
  status?: number;
  type?: string;
  length?: number;
  limit?: number;
  expose?: boolean;
}

class InvalidBodyEncoding extends Error {
  readonly status: number;
  readonly type = 'entity.encoding.invalid';

  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/** JSON bodies up to 1 MB, UTF-8 only (GraphQL over HTTP), checked before a byte is decoded. */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: BODY_LIMIT_BYTES,
    verify: (_req: IncomingMessage, _res, body: Buffer, encoding: string) => {
      if (encoding.toLowerCase() !== 'utf-8') {
        throw new InvalidBodyEncoding(`Send the body as UTF-8, not ${encoding}`, 415);
      }
      // Decoding would silently turn invalid bytes into U+FFFD and pass them on to a subgraph.
      if (!isUtf8(body)) throw new InvalidBodyEncoding('The request body is not valid UTF-8');
    },
  });
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The GraphQL error a failed HTTP request stands for, by what went wrong. */
function toGraphQLError(error: BodyError): GraphQLError {
  switch (error.type) {
    case 'entity.too.large':
      return new BadUserInputError(
        `The request body is ${error.length ? megabytes(error.length) : 'too large'}; the limit is ` +
          `${megabytes(BODY_LIMIT_BYTES)}. Send a smaller document or split it into several requests`,
        undefined,
        413,
      );
    case 'entity.parse.failed':
      return new BadUserInputError(
        `The request body is not valid JSON (${error.message}); send {"query": "..."} as application/json`,
      );
    case 'entity.encoding.invalid':
      return new BadUserInputError(error.message, undefined, error.status);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new BadUserInputError(`${error.message}; send the body as plain UTF-8 JSON`, undefined, 415);
    default:
      // Other client errors from body-parser (an aborted or short body) have safe messages.
      if (error.expose && error.status && error.status >= 400 && error.status < 500) {
        return new BadUserInputError(error.message, undefined, error.status);
      }
      return new InternalServerError();
  }
}

/**
 * Express's last error handler: every failure outside Apollo (a malformed or oversized body, an
 * unexpected throw) leaves as a GraphQL JSON error with a code, never Express's HTML page and stack.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const graphqlError = toGraphQLError(error);
    const code = graphqlError.extensions.code as string;
    const status = (graphqlError.extensions.http as { status: number }).status;
    if (code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error, requestId: res.locals.requestId as unknown }, 'request failed');
    }
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message: graphqlError.message, extensions: { code } }] }));
  };
}
