import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { errorCode, errorMessage, fieldOfError } from './error-message';

describe('errorMessage', () => {
  it('turns the API error into a sentence and exposes its code and field', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Handle "No Spaces!" is invalid: use 3–30 lowercase letters',
          extensions: { code: 'BAD_USER_INPUT', field: 'handle' },
        },
      ],
    });
    expect(errorMessage(error)).toBe('Handle "No Spaces!" is invalid: use 3–30 lowercase letters.');
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(fieldOfError(error)).toBe('handle');
  });

  it('reads the errors of a non-2xx response body, e.g. an ended session', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Session expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body });
    expect(errorMessage(error)).toBe('Session expired: sign in again.');
    expect(errorCode(error)).toBe('UNAUTHENTICATED');
  });

  it('says the server could not be reached for a network failure', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server: check your connection and try again.',
    );
  });
});
