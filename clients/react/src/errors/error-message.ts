import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

interface ApiError {
  message: string;
  extensions?: { code?: unknown; field?: unknown; [key: string]: unknown };
}

// Said when the server gave no message of its own, so the person still learns what to do next.
const FALLBACK_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended: sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'That was not found.',
  RATE_LIMITED: 'Too many attempts: wait a little and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server: try again in a moment.',
};

function errorsFromBody(body: string): ApiError[] {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    return Array.isArray(parsed.errors) ? (parsed.errors as ApiError[]) : [];
  } catch {
    return [];
  }
}

/** The API errors behind an Apollo error: GraphQL errors, or those in the body of a non-2xx response. */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as ApiError[];
  if (ServerError.is(error)) return errorsFromBody(error.bodyText);
  return [];
}

/** The first error's `extensions.code` (BAD_USER_INPUT, CONFLICT, ...), for branching. */
export function errorCode(error: unknown): string | undefined {
  const code = apiErrors(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The input field the server blamed (`extensions.field`), to show the message beside that field. */
export function fieldOfError(error: unknown): string | undefined {
  const field = apiErrors(error)[0]?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A sentence a person can act on, for any error a hook or a signing step produced. */
export function errorMessage(error: unknown): string {
  const errors = apiErrors(error);
  if (errors.length > 0) {
    const messages = [
      ...new Set(errors.map((e) => e.message || FALLBACK_BY_CODE[String(e.extensions?.code)])),
    ];
    return messages.filter(Boolean).map(sentence).join(' ');
  }
  if (ServerError.is(error)) return `The server answered ${error.statusCode}: try again in a moment.`;
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return 'Could not reach the server: check your connection and try again.';
  }
  if (error instanceof Error && error.message) return sentence(error.message);
  return 'Something went wrong: try again.';
}
