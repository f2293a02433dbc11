import { QueryFailedError } from 'typeorm';

import { createLogger } from './logger';

describe('createLogger', () => {
  const lines: string[] = [];
  const logger = createLogger('test', 'info', { write: (line: string) => lines.push(line) });

  it('logs a failed query without its parameters or the values pg quotes', () => {
    const seed = 'sealed-seed-7f3a9c';
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "events_pkey"'), {
      code: '23505',
      detail: `Key (sealed_seed)=(${seed}) already exists.`,
      where: `SQL statement with ${seed}`,
    });
    const error = new QueryFailedError(
      'INSERT INTO events (id, sealed_seed) VALUES ($1, $2)',
      ['e1', seed],
      pgError,
    );
    logger.error({ err: error }, 'unexpected error');
    const logged = lines.at(-1)!;
    expect(logged).not.toContain(seed);
    expect(JSON.parse(logged)).toMatchObject({
      msg: 'unexpected error',
      err: {
        type: 'QueryFailedError',
        message: 'duplicate key value violates unique constraint "events_pkey"',
        code: '23505',
        query: 'INSERT INTO events (id, sealed_seed) VALUES ($1, $2)',
      },
    });
  });

  it('scrubs the same keys from an error nested in a cause', () => {
    const inner = Object.assign(new Error('boom'), { parameters: ['claim-code-123456'] });
    logger.error({ err: new Error('outer', { cause: inner }) }, 'failed');
    expect(lines.at(-1)).not.toContain('claim-code-123456');
  });
});
