import { GraphQLError, type ASTNode } from 'graphql';

// The fixed set of codes clients may see (DESIGN.md, Errors).
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_SIGNATURE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

// Apollo's request-level codes that pass through unchanged, since clients branch on them.
export type ApolloRequestCode =
  'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'PERSISTED_QUERY_NOT_FOUND';

/** Every code a client of the gateway can see. */
export type ClientCode = ErrorCode | ApolloRequestCode;

abstract class CodedError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, httpStatus: number, nodes?: readonly ASTNode[]) {
    // extensions.http is read by Apollo Server for the status and stripped before responding.
    super(message, { nodes, extensions: { code, http: { status: httpStatus } } });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'Your session token is unknown or expired; sign in again') {
    super(message, 'UNAUTHENTICATED', 401);
    this.name = 'UnauthenticatedError';
  }
}

export class BadUserInputError extends CodedError {
  constructor(message: string, nodes?: readonly ASTNode[], httpStatus = 400) {
    super(message, 'BAD_USER_INPUT', httpStatus, nodes);
    this.name = 'BadUserInputError';
  }
}

export class InternalServerError extends CodedError {
  constructor(message = 'Internal server error') {
    super(message, 'INTERNAL_SERVER_ERROR', 500);
    this.name = 'InternalServerError';
  }
}
