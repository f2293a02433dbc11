import { GraphQLError } from 'graphql';

/** The fixed codes from DESIGN.md; clients switch on these, never on messages. */
export const ErrorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_SIGNATURE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

abstract class ImajinGraphQLError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export class BadUserInputError extends ImajinGraphQLError {
  constructor(message: string, details?: { field?: string } & Record<string, unknown>) {
    super(message, 'BAD_USER_INPUT', details);
  }
}

export class UnauthenticatedError extends ImajinGraphQLError {
  constructor(message = 'Sign in first: this needs a session token') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends ImajinGraphQLError {
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

export class NotFoundError extends ImajinGraphQLError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

export class ConflictError extends ImajinGraphQLError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'CONFLICT', details);
  }
}

export class BadSignatureError extends ImajinGraphQLError {
  constructor(message: string, details?: { reason?: string } & Record<string, unknown>) {
    super(message, 'BAD_SIGNATURE', details);
  }
}

export class RateLimitedError extends ImajinGraphQLError {
  constructor(message: string, retryAfterSeconds?: number) {
    super(message, 'RATE_LIMITED', retryAfterSeconds ? { retryAfterSeconds } : undefined);
  }
}

export class InternalServerError extends ImajinGraphQLError {
  constructor(message = 'Internal server error') {
    super(message, 'INTERNAL_SERVER_ERROR');
  }
}

export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
