import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import { ManualClock } from '@imajin/subgraph-common';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const ROTATE = `mutation($input: RotateKeyInput!, $proof: ProofInput!, $newKeyProof: ProofInput!) {
  rotateKey(input: $input, proof: $proof, newKeyProof: $newKeyProof) { publicKeyMultibase current }
}`;
const UPDATE = `mutation($input: UpdateProfileInput!, $proof: ProofInput!) { updateProfile(input: $input, proof: $proof) { did } }`;
const DEACTIVATE = `mutation($input: DeactivateInput!, $proof: ProofInput!) { deactivate(input: $input, proof: $proof) { active profile { handle } } }`;

describe('key rotation and deactivation', () => {
  let h: IdentityHarness;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
  });
  afterAll(() => h.stop());

  async function registered(handle?: string): Promise<KeyPair> {
    const kp = generateKeyPair();
    const input = { did: kp.did, kind: 'HUMAN', ...(handle ? { handle } : {}) };
    const res = await h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
    expect(res.errors).toBeUndefined();
    return kp;
  }

  function rotation(did: string, current: KeyPair, next: KeyPair, signerForNew: KeyPair = next) {
    const { publicKeyToMultibase } =
      jest.requireActual<typeof import('@imajin/protocol')>('@imajin/protocol');
    const input = { did, newPublicKey: publicKeyToMultibase(next.publicKey) };
    const sign = (kp: KeyPair) =>
      signPayload('mjn.identity.rotateKey', input, { ...kp, did }, { now: clock.now() }).proof;
    return { input, proof: sign(current), newKeyProof: sign(signerForNew) };
  }

  it('rotates the key: the DID stays, the old key stops signing, history and DID document follow', async () => {
    const original = await registered();
    const next = generateKeyPair();
    const res = await h.gql(ROTATE, rotation(original.did, original, next));
    expect(res.errors).toBeUndefined();

    const asOld = { did: original.did, bio: 'old key' };
    const oldRes = await h.gql(UPDATE, {
      input: asOld,
      proof: signPayload('mjn.identity.updateProfile', asOld, original, { now: clock.now() }).proof,
    });
    expect(oldRes.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');

    const asNew = { did: original.did, bio: 'new key' };
    const newRes = await h.gql(UPDATE, {
      input: asNew,
      proof: signPayload(
        'mjn.identity.updateProfile',
        asNew,
        { ...next, did: original.did },
        { now: clock.now() },
      ).proof,
    });
    expect(newRes.errors).toBeUndefined();

    type Keys = {
      identity: { keys: Array<{ publicKeyMultibase: string; current: boolean; validUntil: string | null }> };
    };
    const keys = await h.gql<Keys>(
      'query($d: String!) { identity(did: $d) { keys { publicKeyMultibase current validUntil } } }',
      {
        d: original.did,
      },
    );
    expect(keys.data!.identity.keys.map((k) => k.current)).toEqual([false, true]);
    expect(keys.data!.identity.keys[0].validUntil).not.toBeNull();

    const doc = await h.gql<{ didDocument: { id: string; assertionMethod: string[] } }>(
      'query($d: String!) { didDocument(did: $d) }',
      {
        d: original.did,
      },
    );
    expect(doc.data!.didDocument.id).toBe(original.did);
    expect(doc.data!.didDocument.assertionMethod[0]).toBe(
      `${original.did}#${keys.data!.identity.keys[1].publicKeyMultibase}`,
    );

    // Past signatures stay checkable: the registration proof verifies against the key valid at the time.
    const [log] = await h.sql<{ public_key: string }>(
      "SELECT public_key FROM proof_log WHERE signer = $1 AND type = 'mjn.identity.register'",
      [original.did],
    );
    expect(log.public_key).toBe(keys.data!.identity.keys[0].publicKeyMultibase);
  });

  it('rejects a rotation the new key did not sign, writing nothing', async () => {
    const kp = await registered();
    const next = generateKeyPair();
    const before = await h.count('identity_keys');
    const res = await h.gql(ROTATE, rotation(kp.did, kp, next, generateKeyPair()));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.count('identity_keys')).toBe(before);
  });

  it('rejects a rotation not signed by the current key', async () => {
    const kp = await registered();
    const next = generateKeyPair();
    const res = await h.gql(ROTATE, rotation(kp.did, generateKeyPair(), next));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
  });

  it('deactivates: profile hidden, handle reserved, signing refused', async () => {
    const kp = await registered('soon_gone');
    const input = { did: kp.did };
    const res = await h.gql<{ deactivate: { active: boolean; profile: null } }>(DEACTIVATE, {
      input,
      proof: proofFor('mjn.identity.deactivate', input, kp, clock.now()),
    });
    expect(res.data!.deactivate).toEqual({ active: false, profile: null });
    const byHandle = await h.gql<{ identityByHandle: null }>(
      '{ identityByHandle(handle: "soon_gone") { did } }',
    );
    expect(byHandle.data!.identityByHandle).toBeNull();
    const update = { did: kp.did, bio: 'back?' };
    const after = await h.gql(UPDATE, {
      input: update,
      proof: proofFor('mjn.identity.updateProfile', update, kp, clock.now()),
    });
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const taken = await registered().then(async (other) => {
      const input2 = { did: other.did, handle: 'soon_gone' };
      return h.gql(UPDATE, {
        input: input2,
        proof: proofFor('mjn.identity.updateProfile', input2, other, clock.now()),
      });
    });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
