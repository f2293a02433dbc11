import { Client } from 'pg';

import { signPayload, type KeyPair } from '@imajin/protocol';
import {
  generateNodeMasterKey,
  ManualClock,
  nodeKeysFromMaster,
  type Clock,
  type Logger,
} from '@imajin/subgraph-common';
import {
  createTestDatabase,
  postGraphQL,
  TestGatewayKey,
  type GraphQLResponse,
  type TestDatabase,
} from '@imajin/subgraph-common/testing';

import { start, type RunningIdentity } from '../src';
import { openMailBody } from '../src/soft-identity/mailer';

export interface IdentityHarness {
  identity: RunningIdentity;
  gateway: TestGatewayKey;
  db: TestDatabase;
  clock: Clock;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: string | null,
  ): Promise<GraphQLResponse<T>>;
  count(table: string): Promise<number>;
  /** The code in the latest mail to `address`, opened with the node key as the dispatcher does to send it. */
  mailedCode(address: string): Promise<string>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** Starts a real identity subgraph on its own database; requests are signed as the gateway would. */
export async function startIdentityHarness(
  options: { clock?: Clock; production?: boolean; logger?: Logger } = {},
): Promise<IdentityHarness> {
  const db = await createTestDatabase('identity');
  const gateway = new TestGatewayKey('identity');
  const clock = options.clock ?? new ManualClock(new Date());
  const identity = await start(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: db.url,
      gatewayPublicKey: gateway.publicKeyBase64Url,
      gatewayUrl: 'http://127.0.0.1:9/graphql',
      production: options.production ?? false,
      logLevel: 'silent',
      nodeMasterKey: generateNodeMasterKey(),
      sessionTtlMs: 3_600_000,
      mailFrom: 'test@imajin.local',
    },
    { clock, logger: options.logger },
  );
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = identity');
  return {
    identity,
    gateway,
    db,
    clock,
    gql: (query, variables = {}, viewer = null) =>
      postGraphQL(identity.url, query, variables, gateway.headers(viewer)),
    count: async (table) => Number((await pg.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n),
    mailedCode: async (address) => {
      const { rows } = await pg.query<{ body: string }>(
        'SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
        [address],
      );
      const body = openMailBody(nodeKeysFromMaster(identity.config.nodeMasterKey), address, rows[0].body);
      return /code is (\d{8})/.exec(body)![1];
    },
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await identity.stop();
      await db.drop();
    },
  };
}

/** A proof for `input` as the SDK builds it, with optional overrides for bad-input tests. */
export function proofFor(type: string, input: Record<string, unknown>, signer: KeyPair, now?: Date) {
  return signPayload(type, input, signer, { now }).proof;
}

export const REGISTER_MUTATION = `mutation($input: RegisterInput!, $proof: ProofInput!) {
  register(input: $input, proof: $proof) { did kind active profile { handle displayName bio avatarUrl } currentKey }
}`;
