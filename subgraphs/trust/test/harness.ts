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

import { start, type RunningTrust } from '../src';

export interface TrustHarness {
  trust: RunningTrust;
  gateway: TestGatewayKey;
  db: TestDatabase;
  clock: ManualClock;
  directory: StaticIdentityDirectory;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** A registered, active identity in the directory. */
  person(): KeyPair;
  deactivate(kp: KeyPair): void;
  sign(
    type: string,
    input: Record<string, unknown>,
    signer: KeyPair,
  ): ReturnType<typeof signPayload>['proof'];
  count(table: string): Promise<number>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** A real trust subgraph on its own database, with a static identity directory in place of the gateway. */
export async function startTrustHarness(): Promise<TrustHarness> {
  const db = await createTestDatabase('trust');
  const gateway = new TestGatewayKey('trust');
  const clock = new ManualClock(new Date());
  const directory = new StaticIdentityDirectory();
  const trust = await start(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: db.url,
      gatewayPublicKey: gateway.publicKeyBase64Url,
      gatewayUrl: 'http://127.0.0.1:9/graphql',
      production: false,
      logLevel: 'silent',
      inviteLimit: 3,
      inviteWeight: 50,
    },
    { clock, directory },
  );
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = trust');
  return {
    trust,
    gateway,
    db,
    clock,
    directory,
    gql: (query, variables = {}) => postGraphQL(trust.url, query, variables, gateway.headers(null)),
    person: () => {
      const kp = generateKeyPair();
      directory.set({
        did: kp.did,
        kind: 'HUMAN',
        active: true,
        currentKey: publicKeyToMultibase(kp.publicKey),
      });
      return kp;
    },
    deactivate: (kp) =>
      directory.set({
        did: kp.did,
        kind: 'HUMAN',
        active: false,
        currentKey: publicKeyToMultibase(kp.publicKey),
      }),
    sign: (type, input, signer) => signPayload(type, input, signer, { now: clock.now() }).proof,
    count: async (table) => Number((await pg.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await trust.stop();
      await db.drop();
    },
  };
}

export const VOUCH_MUTATION = `mutation($input: VouchInput!, $proof: ProofInput!) {
  vouch(input: $input, proof: $proof) {
    id weight context expiresAt createdAt revokedAt active signature signedPayload from { did } to { did }
  }
}`;

export const REVOKE_MUTATION = `mutation($id: ID!, $proof: ProofInput!) {
  revokeVouch(id: $id, proof: $proof) { id active revokedAt revokeSignature }
}`;

/** Signs and sends a vouch; returns its id (throws on errors so graph tests stay short). */
export async function vouch(
  h: TrustHarness,
  from: KeyPair,
  to: KeyPair,
  extra: { weight?: number; context?: string; expiresAt?: string } = {},
): Promise<string> {
  const full = { to: to.did, ...extra, weight: extra.weight ?? 50 };
  const res = await h.gql<{ vouch: { id: string } }>(VOUCH_MUTATION, {
    input: full,
    proof: h.sign('mjn.trust.vouch', full, from),
  });
  if (!res.data?.vouch) throw new Error(JSON.stringify(res.errors));
  return res.data.vouch.id;
}
