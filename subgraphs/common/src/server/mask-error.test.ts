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

  it('reports a database outage as a retryable INTERNAL_SERVER_ERROR, whatever form the driver gives it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const terminated = new Error('Connection terminated unexpectedly');
    // TypeORM's QueryFailedError wraps the pg error as driverError; 57P01 is "terminating connection".
    const killed = Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: { code: '57P01' },
    });
    const tooMany = Object.assign(new Error('sorry, too many clients already'), { code: '53300' });
    for (const cause of [refused, terminated, killed, tooMany]) {
      const error = new GraphQLError(cause.message, { originalError: cause, path: ['vouch'] });
      expect(
        maskError({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, logger),
      ).toEqual({
        message: expect.stringMatching(/temporarily unavailable.*try again shortly/),
        path: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true },
      });
    }
  });
});
