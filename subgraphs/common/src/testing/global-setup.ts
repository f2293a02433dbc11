import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from 'pg';

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';

declare global {
  var __IMAJIN_TEST_PG__: EmbeddedDatabase | undefined;
}

/**
 * Jest global setup: use DATABASE_URL when it is set, otherwise boot one embedded PostgreSQL for the run.
 * Test files then create their own databases on it, so they run in parallel without touching each other.
 */
// eslint-disable-next-line import-x/no-default-export
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.end();
    return;
  }
  const dataDir = join(__dirname, '../../../../.data', `test-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  globalThis.__IMAJIN_TEST_PG__ = pg;
  process.env.DATABASE_URL = pg.url;
  process.env.IMAJIN_TEST_EMBEDDED_PG = '1';
}
