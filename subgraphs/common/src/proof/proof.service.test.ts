import type { DataSource } from 'typeorm';

import { generateKeyPair, signPayload } from '@imajin/protocol';

import { ManualClock } from '../clock';
import { createSubgraphDataSource } from '../db/data-source.factory';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

import type { DelegationChecker, DelegationRequest } from './delegation-checker';
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

  describe('delegated proofs (onBehalfOf)', () => {
    const person = generateKeyPair();
    const asked: DelegationRequest[] = [];
    const checker: DelegationChecker = {
      authorise: async (request) => {
        asked.push(request);
        if (request.action !== 'mjn.test.update') throw new Error('not covered');
        return { delegationId: 'dlg_1' };
      },
    };
    const delegating = new ProofVerifier(clock, 5 * 60_000, checker);
    const signFor = () =>
      signPayload('mjn.test.update', fields, kp, { now: clock.now(), onBehalfOf: person.did }).proof;
    const check = (proof: ReturnType<typeof signFor>) => ({
      type: 'mjn.test.update',
      fields,
      proof,
      publicKey: kp.publicKey,
      delegable: true,
    });

    it('attributes a delegated proof to the person once identity authorises it, after claiming the nonce', async () => {
      const verified = await ds.transaction((tx) => delegating.verifyAndRecord(tx, check(signFor())));
      expect(verified).toMatchObject({ signer: kp.did, onBehalfOf: person.did, actor: person.did });
      expect(verified.delegationId).toBe('dlg_1');
      expect(asked.at(-1)).toEqual({ person: person.did, agent: kp.did, action: 'mjn.test.update' });
      const [row] = await ds.query('SELECT owner_did, signer FROM proof_log WHERE nonce = $1', [
        verified.nonce,
      ]);
      expect(row).toEqual({ owner_did: person.did, signer: kp.did });
    });

    it('refuses onBehalfOf on an action that does not support delegation, naming the action', () => {
      expect(() => delegating.verify({ ...check(signFor()), delegable: false })).toThrow(
        expect.objectContaining({ extensions: { code: 'FORBIDDEN', missingScope: 'mjn.test.update' } }),
      );
    });

    it('refuses a delegated proof on a verifier without a delegation checker, and frees the nonce', async () => {
      const proof = signFor();
      await expect(ds.transaction((tx) => verifier.verifyAndRecord(tx, check(proof)))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      const rows = await ds.query('SELECT 1 FROM proof_log WHERE nonce = $1', [proof.nonce]);
      expect(rows).toHaveLength(0);
    });

    it('does not ask identity again for a replayed delegated proof', async () => {
      const proof = signFor();
      await ds.transaction((tx) => delegating.verifyAndRecord(tx, check(proof)));
      const before = asked.length;
      await expect(
        ds.transaction((tx) => delegating.verifyAndRecord(tx, check(proof))),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_SIGNATURE', reason: 'REPLAYED' },
      });
      expect(asked.length).toBe(before);
    });
  });
});
