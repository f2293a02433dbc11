import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

import type { Logger } from '../logger';

import { ProofLogEntity } from './proof-log.entity';
import { CreateProofLog1732500000000 } from './proof-log.migration';

export interface SubgraphDataSourceOptions {
  url: string;
  /** The Postgres schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  poolSize?: number;
  logger?: Logger;
}

/**
 * Opens a DataSource bound to one Postgres schema and brings it up to date with real migrations
 * (never `synchronize`), so every deployment runs the same DDL the tests ran.
 */
export async function createSubgraphDataSource(options: SubgraphDataSourceOptions): Promise<DataSource> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Bad schema name: ${options.schema}`);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: [ProofLogEntity, ...(options.entities as unknown[])] as never,
    migrations: [CreateProofLog1732500000000, ...options.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // TypeORM's console logger prints failed queries with their parameters; errors reach pino instead.
    logging: false,
    poolSize: options.poolSize ?? 10,
    extra: { options: `-c search_path=${options.schema}` },
  });
  await withSchemaLock(options.url, options.schema, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.initialize();
    try {
      const ran = await dataSource.runMigrations();
      if (ran.length > 0)
        options.logger?.info({ schema: options.schema, migrations: ran.map((m) => m.name) }, 'migrated');
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  });
  return dataSource;
}

/**
 * Replicas starting together take turns: a session advisory lock, held on one dedicated connection from
 * CREATE SCHEMA to the last migration, so the second replica finds the migrations already run.
 * If the process dies, its connection closes and Postgres releases the lock.
 */
async function withSchemaLock(url: string, schema: string, fn: (client: Client) => Promise<void>) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`schema:${schema}`]);
    await fn(client);
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`schema:${schema}`]);
  } finally {
    await client.end();
  }
}
