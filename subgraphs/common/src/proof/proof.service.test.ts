import type { DataSource } from 'typeorm';

import { generateKeyPair, signPayload } from '@imajin/protocol';

import { ManualClock } from '../clock';
import { createSubgraphDataSource } from '../db/data-source.factory';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

import { ProofVerifier } from './proof.service';

describe('ProofVerifier', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const clock = new ManualClock('2026-06-01T12:00:00.000Z');
  const verifier = new ProofVerifier(clock);
  const kp = generateKeyPair();
  const fields = { did: kp.did, bio: 'hello' };

  beforeAll(async () => {
    db = await createTestDatabase('proof');
    ds = await createSubgraphDataSource({ url: db.url, schema: 'prooftest', entities: [], migrations: [] });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const sign = () => signPayload('mjn.test.update', fields, kp, { now: clock.now() }).proof;
  const logged = async () => Number((await ds.query('SELECT count(*)::int AS n FROM proof_log'))[0].n);

  it('verifies, records the canonical payload, and refuses the same nonce twice', async () => {
    const proof = sign();
    const verified = await ds.transaction((tx) =>
      verifier.verifyAndRecord(tx, { type: 'mjn.test.update', fields, proof, publicKey: kp.publicKey }),
    );
    expect(JSON.parse(verified.canonical)).toMatchObject({
      type: 'mjn.test.update',
      bio: 'hello',
      signer: kp.did,
    });
    await expect(
      ds.transaction((tx) =>
        verifier.verifyAndRecord(tx, { type: 'mjn.test.update', fields, proof, publicKey: kp.publicKey }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_SIGNATURE', reason: 'REPLAYED' } });
  });

  it('forgets the nonce when the surrounding write fails', async () => {
    const proof = sign();
    const before = await logged();
    await expect(
      ds.transaction(async (tx) => {
        await verifier.verifyAndRecord(tx, {
          type: 'mjn.test.update',
          fields,
          proof,
          publicKey: kp.publicKey,
        });
        throw new Error('write failed');
      }),
    ).rejects.toThrow('write failed');
    expect(await logged()).toBe(before);
    await ds.transaction((tx) =>
      verifier.verifyAndRecord(tx, { type: 'mjn.test.update', fields, proof, publicKey: kp.publicKey }),
    );
    expect(await logged()).toBe(before + 1);
  });

  it('maps protocol failures to BAD_SIGNATURE with a reason', () => {
    const proof = sign();
    const check = { type: 'mjn.test.update', fields, proof, publicKey: kp.publicKey };
    expect(() => verifier.verify({ ...check, fields: { ...fields, bio: 'tampered' } })).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_SIGNATURE', reason: 'BAD_SIGNATURE' } }),
    );
    expect(() => verifier.verify({ ...check, publicKey: generateKeyPair().publicKey })).toThrow(
      /does not match|signature/i,
    );
    clock.advance(5 * 60_000 + 1);
    expect(() => verifier.verify(check)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_SIGNATURE', reason: 'STALE' } }),
    );
    clock.advance(-(5 * 60_000 + 1));
  });

  it('keeps migrations idempotent across restarts', async () => {
    const again = await createSubgraphDataSource({
      url: db.url,
      schema: 'prooftest',
      entities: [],
      migrations: [],
    });
    const rows = await again.query('SELECT count(*)::int AS n FROM prooftest.migrations');
    expect(rows[0].n).toBe(1);
    await again.destroy();
  });
});
