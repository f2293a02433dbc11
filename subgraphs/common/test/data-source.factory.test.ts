import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';

import { createSubgraphDataSource } from '../src/db/data-source.factory';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let upCalls = 0;

/** Slow on purpose: without a lock a second replica sees it pending and runs it too. */
class CreateWidgets1800000000000 implements MigrationInterface {
  name = 'CreateWidgets1800000000000';

  async up(runner: QueryRunner): Promise<void> {
    upCalls += 1;
    await runner.query('SELECT pg_sleep(0.3)');
    await runner.query('CREATE TABLE widgets (id int PRIMARY KEY)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE widgets');
  }
}

describe('createSubgraphDataSource', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('migrate');
  });

  afterAll(async () => {
    await db.drop();
  });

  it('lets two replicas start together on a fresh database and runs each migration once', async () => {
    const start = () =>
      createSubgraphDataSource({
        url: db.url,
        schema: 'widgets',
        entities: [],
        migrations: [CreateWidgets1800000000000],
        poolSize: 2,
      });
    const started = await Promise.allSettled([start(), start()]);
    const failures = started.filter((s) => s.status === 'rejected');
    expect(failures).toEqual([]);
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.destroy() : Promise.resolve())));

    expect(upCalls).toBe(1);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM widgets.migrations ORDER BY id',
      );
      expect(rows.map((r) => r.name)).toEqual(['CreateProofLog1732500000000', 'CreateWidgets1800000000000']);
    } finally {
      await client.end();
    }
  });
});
