import type { Response } from 'express';
import { GraphQLError } from 'graphql';

import type { Logger } from '@imajin/subgraph-common';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_SIGNATURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** Our errors as `{ error: { message, code } }` with their HTTP status (as internalRoute answers); others masked. */
export function sendError(res: Response, error: unknown, logger: Logger, what: string): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
  if (STATUS[code]) {
    res.status(STATUS[code]).json({ error: { message: (error as Error).message, code } });
    return;
  }
  logger.error({ err: error }, `${what} failed`);
  res.status(500).json({ error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } });
}
