import { Client } from 'pg';

import { generateKeyPair, type KeyPair } from '@imajin/protocol';
import {
  IdentityDocument,
  ImajinRequestError,
  registerIdentity,
  vouchFor,
  type ImajinClient,
} from '@imajin/sdk';

import { startStack, type Stack } from './stack';

/** The code and message a request failed with, or 'OK'. */
async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
    return { code: 'OK', message: '' };
  } catch (error) {
    if (error instanceof ImajinRequestError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe('a database outage through the gateway', () => {
  let stack: Stack;
  let client: ImajinClient;
  let alice: KeyPair;
  let bob: KeyPair;

  beforeAll(async () => {
    stack = await startStack();
    client = stack.client();
    alice = generateKeyPair();
    bob = generateKeyPair();
    await registerIdentity(client, alice, { kind: 'HUMAN', handle: 'alice_o' });
    await registerIdentity(client, bob, { kind: 'HUMAN', handle: 'bob_o' });
  });
  afterAll(() => stack.stop());

  /** Refuses new connections to the stack's database and ends every open one: Postgres is "down" for it. */
  async function outage(): Promise<() => Promise<void>> {
    // The test's own connection stays (stack.sql has no error listener); every service connection ends.
    const [{ db, pid }] = await stack.sql<{ db: string; pid: number }>(
      'SELECT current_database() AS db, pg_backend_pid() AS pid',
    );
    // From the server's admin database (jest's DATABASE_URL): a database cannot close itself to connections.
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${db}" ALLOW_CONNECTIONS false`);
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> $2',
      [db, pid],
    );
    return async () => {
      await admin.query(`ALTER DATABASE "${db}" ALLOW_CONNECTIONS true`);
      await admin.end();
    };
  }

  it('answers "try again" (INTERNAL_SERVER_ERROR), never NOT_FOUND, and recovers when the database is back', async () => {
    const restore = await outage();
    try {
      // The vouch needs identity's directory (whose database is down): before, this was NOT_FOUND "register it first".
      const vouch = await failure(vouchFor(client, alice, bob.did, { weight: 50 }));
      expect(vouch.code).toBe('INTERNAL_SERVER_ERROR');
      expect(vouch.message).toMatch(/try again/);
      const lookup = await failure(client.request(IdentityDocument, { did: alice.did }));
      expect(lookup).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: expect.stringMatching(/temporarily unavailable.*try again shortly/),
      });
    } finally {
      await restore();
    }
    // The pools drop their dead connections and open new ones: the same vouch now goes through.
    let after = await failure(vouchFor(client, alice, bob.did, { weight: 50 }));
    for (let i = 0; i < 20 && after.code !== 'OK'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await failure(vouchFor(client, alice, bob.did, { weight: 50 }));
    }
    expect(after.code).toBe('OK');
  });
});
