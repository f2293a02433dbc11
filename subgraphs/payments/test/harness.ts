import { Client } from 'pg';

import { generateKeyPair, signPayload, toBase64Url, type KeyPair } from '@imajin/protocol';
import { ManualClock, StaticIdentityDirectory } from '@imajin/subgraph-common';
import {
  createTestDatabase,
  postGraphQL,
  TestGatewayKey,
  type GraphQLResponse,
  type TestDatabase,
} from '@imajin/subgraph-common/testing';

import { start, type PaymentsConfig, type RunningPayments } from '../src';

export interface PaymentsHarness {
  payments: RunningPayments;
  clock: ManualClock;
  directory: StaticIdentityDirectory;
  config: PaymentsConfig;
  /** Gateway-signed headers for direct subgraph calls (e.g. queryEntities). */
  headers(viewerDid?: string | null): Record<string, string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewerDid?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A fresh keypair registered in the directory as `kind`. */
  identity(kind?: string): KeyPair;
  sign(type: string, input: Record<string, unknown>, kp: KeyPair): Record<string, string>;
  count(table: string): Promise<number>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startPaymentsHarness(
  overrides: Partial<PaymentsConfig> = {},
): Promise<PaymentsHarness> {
  const db: TestDatabase = await createTestDatabase('payments');
  const gateway = new TestGatewayKey('payments');
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');
  const directory = new StaticIdentityDirectory();
  const identity = (kind = 'HUMAN') => {
    const kp = generateKeyPair();
    directory.register(kp, kind);
    return kp;
  };
  const config: PaymentsConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: db.url,
    gatewayPublicKey: gateway.publicKeyBase64Url,
    gatewayUrl: 'http://127.0.0.1:1/graphql',
    production: false,
    logLevel: 'silent',
    nodeMasterKey: toBase64Url(new Uint8Array(32).fill(7)),
    ...overrides,
  };
  const payments = await start(config, { clock, directory });
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = payments');
  return {
    payments,
    clock,
    directory,
    config,
    headers: (viewerDid = null) => gateway.headers(viewerDid),
    gql: (query, variables = {}, viewerDid = null) =>
      postGraphQL(payments.url, query, variables, gateway.headers(viewerDid)),
    identity,
    sign: (type, input, kp) =>
      signPayload(type, input, kp, { now: clock.now() }).proof as unknown as Record<string, string>,
    count: async (table) => Number((await pg.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await payments.stop();
      await db.drop();
    },
  };
}
