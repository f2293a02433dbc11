import { GraphQLError } from 'graphql';
import { pino } from 'pino';

import { ConflictError } from '../errors';

import { maskError } from './subgraph-server';

describe('maskError', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });

  it('passes our coded errors through unchanged', () => {
    const error = new GraphQLError('That handle is taken', {
      originalError: new ConflictError('That handle is taken'),
    });
    const formatted = { message: 'That handle is taken', extensions: { code: 'CONFLICT' } };
    expect(maskError(formatted, error, logger)).toBe(formatted);
  });

  it('hides and logs an unexpected error', () => {
    const before = logged.length;
    const error = new GraphQLError('relation "x" does not exist', {
      originalError: new Error('relation "x" does not exist'),
    });
    const masked = maskError(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      error,
      logger,
    );
    expect(masked).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged.length).toBe(before + 1);
  });
});
