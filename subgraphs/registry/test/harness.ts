import { Client } from 'pg';

import { generateKeyPair, publicKeyToMultibase, signPayload, type KeyPair } from '@imajin/protocol';
import { ManualClock, StaticIdentityDirectory } from '@imajin/subgraph-common';
import {
  createTestDatabase,
  postGraphQL,
  TestGatewayKey,
  type GraphQLResponse,
  type TestDatabase,
} from '@imajin/subgraph-common/testing';

import { start, type DnsProvider, type RunningRegistry } from '../src';

export const NODE_FIELDS = `did hostname fqdn url buildHash version capabilities status flagged flagReason
  registeredAt registeredUntil graceEndsAt lastHeartbeatAt nextHeartbeatDue heartbeatOverdue staleAt
  heartbeatCount lastStats revokedAt revokeReason operator { did } identity { did }
  dns { name target desired state lastError }`;

export const hash = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

export interface RegistryHarness {
  registry: RunningRegistry;
  clock: ManualClock;
  directory: StaticIdentityDirectory;
  admin: KeyPair;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** A fresh keypair registered in the directory as `kind`. */
  identity(kind?: string): KeyPair;
  sign(type: string, input: Record<string, unknown>, kp: KeyPair): Record<string, string>;
  count(table: string): Promise<number>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startRegistryHarness(
  options: { dnsProvider?: DnsProvider } = {},
): Promise<RegistryHarness> {
  const db: TestDatabase = await createTestDatabase('registry');
  const gateway = new TestGatewayKey('registry');
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');
  const directory = new StaticIdentityDirectory();
  const admin = generateKeyPair();
  const identity = (kind = 'NODE') => {
    const kp = generateKeyPair();
    directory.register(kp, kind);
    return kp;
  };
  directory.set({
    did: admin.did,
    kind: 'HUMAN',
    active: true,
    currentKey: publicKeyToMultibase(admin.publicKey),
  });
  const registry = await start(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: db.url,
      gatewayPublicKey: gateway.publicKeyBase64Url,
      gatewayUrl: 'http://127.0.0.1:1/graphql',
      production: false,
      logLevel: 'silent',
      domain: 'imajin.test',
      adminDids: [admin.did],
      dns: { kind: 'none' },
      sweepIntervalMs: 60_000,
    },
    { clock, directory, dnsProvider: options.dnsProvider, sweeper: false },
  );
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = registry');
  return {
    registry,
    clock,
    directory,
    admin,
    gql: (query, variables = {}) => postGraphQL(registry.url, query, variables, gateway.headers(null)),
    identity,
    sign: (type, input, kp) =>
      signPayload(type, input, kp, { now: clock.now() }).proof as unknown as Record<string, string>,
    count: async (table) => Number((await pg.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await registry.stop();
      await db.drop();
    },
  };
}
