import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { Client } from 'pg';

import { startEmbeddedPostgres, type EmbeddedDatabase } from '@imajin/subgraph-common';

import { REPO_ROOT } from '../schema/paths';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

let server: EmbeddedDatabase | null = null;

/** A fresh database for one benchmark: on DATABASE_URL's server if set, else on one embedded PostgreSQL. */
export async function createBenchDatabase(
  databaseUrl: string | undefined,
  prefix: string,
): Promise<BenchDatabase> {
  if (!databaseUrl && !server) {
    server = await startEmbeddedPostgres({
      dataDir: join(REPO_ROOT, '.data', `bench-pg-${process.pid}`),
      persistent: false,
    });
  }
  const serverUrl = databaseUrl ?? server!.url;
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function stopBenchServer(): Promise<void> {
  await server?.stop();
  server = null;
}
