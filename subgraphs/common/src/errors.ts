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
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, 'FORBIDDEN', details);
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

/**
 * A dependency (the database, another domain) cannot answer right now: INTERNAL_SERVER_ERROR with
 * `retryable: true`, whose message the gateway keeps, so a client knows to try again rather than act on it.
 */
export class UnavailableError extends ImajinGraphQLError {
  constructor(message = UNAVAILABLE_MESSAGE) {
    super(message, 'INTERNAL_SERVER_ERROR', { retryable: true });
  }
}

export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Said for every database or dependency outage: an answer to retry, never a domain answer like NOT_FOUND. */
export const UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable (its database cannot be reached); try again shortly';

// Network errors of the pg driver, and Postgres's own "cannot serve you now" codes: 57P0x (admin shutdown,
// crash, cannot connect now), 53300 (too many connections), 08xxx (connection exceptions), 55000 (not accepting).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '55000',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error|timeout exceeded when trying to connect|terminating connection|too many clients|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

/** True when `error` (or what it wraps: TypeORM's driverError, a cause) says the database cannot be reached. */
export function isUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
