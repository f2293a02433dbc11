import { generateKeyPair, publicKeyToMultibase, signPayload, type KeyPair } from '@imajin/protocol';
import {
  claimSoftIdentity,
  DidDocumentDocument,
  getViewer,
  proofFor,
  ProofTypes,
  RegisterDocument,
  registerIdentity,
  registerSoft,
  resolveDid,
  rotateKey,
  signIn,
  signInSoft,
  signOut,
  UpdateProfileDocument,
  updateProfile,
  ViewerDocument,
  type ImajinClient,
  type RegisterInput,
} from '@imajin/sdk';
import { TestGatewayKey } from '@imajin/subgraph-common/testing';

import { mailedCode } from './soft-buyer';
import { codeOf, startStack, type Stack } from './stack';

describe('identity through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ maxDepth: 6, maxCost: 500 });
  });
  afterAll(() => stack.stop());

  const count = async (table: string) =>
    Number((await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM identity.${table}`))[0].n);
  const writes = async () => ({ identities: await count('identities'), proofs: await count('proof_log') });

  it('lets a person create an identity, sign in, edit the profile and resolve the DID document', async () => {
    const client = stack.client();
    const alice = generateKeyPair();
    const registered = await registerIdentity(client, alice, {
      kind: 'HUMAN',
      handle: 'alice',
      displayName: 'Alice',
    });
    expect(registered).toMatchObject({ did: alice.did, active: true, profile: { handle: 'alice' } });

    expect(await getViewer(client)).toBeNull();
    const session = await signIn(client, alice);
    expect(session.token).toMatch(/^mjn_/);
    expect((await getViewer(client))?.did).toBe(alice.did);

    const updated = await updateProfile(client, alice, {
      bio: 'Builds trust graphs',
      avatarUrl: 'https://example.com/a.png',
    });
    expect(updated.profile).toMatchObject({ handle: 'alice', bio: 'Builds trust graphs' });

    const resolution = await resolveDid(client, alice.did);
    expect(resolution.didDocument.id).toBe(alice.did);
    expect(resolution.didDocumentMetadata.deactivated).toBe(false);
  });

  describe('bad input gets a clear error and writes nothing', () => {
    const register = (client: ImajinClient, input: RegisterInput, proof: ReturnType<typeof proofFor>) =>
      client.request(RegisterDocument, { input, proof });

    const cases: Array<
      [string, (kp: KeyPair) => { input: RegisterInput; proof: ReturnType<typeof proofFor> }, string]
    > = [
      [
        'malformed DID',
        (kp) => {
          const input: RegisterInput = { did: 'did:mjn:z6Mk0OIl', kind: 'HUMAN' };
          return { input, proof: proofFor(ProofTypes.register, input, kp) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'DID whose key does not match the proof',
        (kp) => {
          const input: RegisterInput = { did: generateKeyPair().did, kind: 'HUMAN' };
          return { input, proof: proofFor(ProofTypes.register, input, kp) };
        },
        'BAD_SIGNATURE',
      ],
      [
        'tampered payload',
        (kp) => {
          const input: RegisterInput = { did: kp.did, kind: 'HUMAN', handle: 'tamper_a' };
          return { input: { ...input, kind: 'ORG' }, proof: proofFor(ProofTypes.register, input, kp) };
        },
        'BAD_SIGNATURE',
      ],
      [
        'signature by another key',
        (kp) => {
          const input: RegisterInput = { did: kp.did, kind: 'HUMAN' };
          const other = generateKeyPair();
          return {
            input,
            proof: {
              ...proofFor(ProofTypes.register, input, kp),
              signature: proofFor(ProofTypes.register, input, other).signature,
            },
          };
        },
        'BAD_SIGNATURE',
      ],
      [
        'createdAt outside the window',
        (kp) => {
          const input: RegisterInput = { did: kp.did, kind: 'HUMAN' };
          const { proof } = signPayload(ProofTypes.register, input, kp, {
            now: new Date(Date.now() + 10 * 60_000),
          });
          return { input, proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'invalid handle',
        (kp) => {
          const input: RegisterInput = { did: kp.did, kind: 'HUMAN', handle: 'x' };
          return { input, proof: proofFor(ProofTypes.register, input, kp) };
        },
        'BAD_USER_INPUT',
      ],
    ];

    it.each(cases)('%s', async (_name, build, code) => {
      const before = await writes();
      const { input, proof } = build(generateKeyPair());
      expect(await codeOf(register(stack.client(), input, proof))).toBe(code);
      expect(await writes()).toEqual(before);
    });

    it('replayed nonce', async () => {
      const client = stack.client();
      const kp = generateKeyPair();
      await registerIdentity(client, kp, { kind: 'AGENT' });
      const input = { did: kp.did, bio: 'once' };
      const proof = proofFor(ProofTypes.updateProfile, input, kp);
      await client.request(UpdateProfileDocument, { input, proof });
      const before = await writes();
      const replay = await client.rawRequest(UpdateProfileDocument, { input, proof });
      expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_SIGNATURE', reason: 'REPLAYED' });
      expect(await writes()).toEqual(before);
    });

    it('handle taken', async () => {
      const client = stack.client();
      await registerIdentity(client, generateKeyPair(), { kind: 'HUMAN', handle: 'popular' });
      const before = await writes();
      expect(
        await codeOf(registerIdentity(client, generateKeyPair(), { kind: 'HUMAN', handle: 'popular' })),
      ).toBe('CONFLICT');
      expect(await writes()).toEqual(before);
    });
  });

  describe('sessions', () => {
    it('rejects an unknown session token', async () => {
      const client = stack.client();
      client.setToken('mjn_this-token-was-never-issued');
      const res = await client.rawRequest(ViewerDocument, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('rejects an expired token and a signed-out one', async () => {
      const client = stack.client();
      const kp = generateKeyPair();
      await registerIdentity(client, kp, { kind: 'HUMAN' });
      const { token } = await signIn(client, kp);
      expect((await getViewer(client))?.did).toBe(kp.did);
      stack.clock.offsetMs = 3_600_000 + 1000;
      try {
        expect((await client.rawRequest(ViewerDocument, {})).errors?.[0]?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      } finally {
        stack.clock.offsetMs = 0;
      }
      const second = stack.client();
      await signIn(second, kp);
      await signOut(second);
      second.setToken(token);
      expect((await second.rawRequest(ViewerDocument, {})).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses a token on the very next request after signOut, though the gateway had just cached it', async () => {
      const kp = generateKeyPair();
      const holder = stack.client();
      await registerIdentity(holder, kp, { kind: 'HUMAN' });
      const { token } = await signIn(holder, kp);
      // Two reads: the second is answered from the gateway's session cache.
      expect((await getViewer(holder))?.did).toBe(kp.did);
      expect((await getViewer(holder))?.did).toBe(kp.did);
      // Revoked by someone else who knows the token (another device): the holder's next request fails.
      expect(await signOut(stack.client(), token)).toBe(1);
      expect((await holder.rawRequest(ViewerDocument, {})).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      // Every session of the identity, ended from another session.
      holder.setToken(null);
      const { token: third } = await signIn(holder, kp);
      expect((await getViewer(holder))?.did).toBe(kp.did);
      const other = stack.client();
      await signIn(other, kp);
      await signOut(other);
      holder.setToken(third);
      expect((await holder.rawRequest(ViewerDocument, {})).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  it('refuses a forged viewer header sent straight to the subgraph', async () => {
    const victim = generateKeyPair();
    const res = await fetch(stack.subgraphs.identity.url, {
      method: 'POST',
      headers: new TestGatewayKey('identity').headers(victim.did),
      body: JSON.stringify({ query: '{ viewer { did } }' }),
    });
    expect(res.status).toBe(401);
    const unsigned = await fetch(stack.subgraphs.identity.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-imajin-viewer': 'did:mjn:z6Mk.forged' },
      body: JSON.stringify({ query: '{ viewer { did } }' }),
    });
    expect(unsigned.status).toBe(401);
  });

  it('refuses queries over the depth and cost limits with the numbers', async () => {
    const deep = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ viewer { claimedBy { claimedBy { claimedBy { claimedBy { claimedBy { claimedBy { did } } } } } } } }',
      }),
    });
    const deepBody = (await deep.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(deepBody.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(deepBody.errors[0].message).toMatch(/depth 8 exceeds the limit of 6/i);

    const costly = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ searchIdentities(handlePrefix: "a", first: 100) { edges { node { did keys { publicKeyMultibase } } } } }',
      }),
    });
    const costlyBody = (await costly.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(costlyBody.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(costlyBody.errors[0].message).toMatch(/cost \d+ exceeds the limit of 500/i);
  });

  it('rotates a key and claims a soft identity through the gateway', async () => {
    const client = stack.client();
    const first = generateKeyPair();
    await registerIdentity(client, first, { kind: 'HUMAN', handle: 'rotator' });
    const next = generateKeyPair();
    await rotateKey(client, first.did, first, next);
    const doc = await client.request(DidDocumentDocument, { did: first.did });
    const methods = (doc.didDocument as { verificationMethod: Array<{ publicKeyMultibase: string }> })
      .verificationMethod;
    expect(methods[0].publicKeyMultibase).toBe(publicKeyToMultibase(next.publicKey));
    expect(methods[0].publicKeyMultibase).not.toBe(publicKeyToMultibase(first.publicKey));

    const soft = await registerSoft(client, 'zoe@example.com');
    expect(soft.identity.did).toBe('did:email:zoe_at_example.com');
    const code = await mailedCode(stack, 'zoe@example.com');
    const claimer = generateKeyPair();
    await registerIdentity(client, claimer, { kind: 'HUMAN' });
    const claimed = await claimSoftIdentity(client, claimer, soft.identity.did, code);
    expect(claimed.claimedBy?.did).toBe(claimer.did);
  });

  it('signs a did:email in with its emailed code; the code is never stored or kept in plain text', async () => {
    const client = stack.client();
    await registerSoft(client, 'yara@example.com');
    const code = await mailedCode(stack, 'yara@example.com');
    const outbox = await stack.sql(
      "SELECT * FROM identity.mail_outbox WHERE to_address = 'yara@example.com'",
    );
    const codes = await stack.sql(
      "SELECT * FROM identity.claim_codes WHERE email_did = 'did:email:yara_at_example.com'",
    );
    expect(JSON.stringify([outbox, codes])).not.toContain(code);

    expect(await codeOf(signInSoft(client, 'yara@example.com', '0000000x'))).toBe('BAD_USER_INPUT');
    const session = await signInSoft(client, 'yara@example.com', code);
    expect(session.identity.did).toBe('did:email:yara_at_example.com');
    expect((await getViewer(client))?.did).toBe('did:email:yara_at_example.com');
    // Single use: the same code does not sign in twice.
    expect(await codeOf(signInSoft(stack.client(), 'yara@example.com', code))).toBe('UNAUTHENTICATED');
  });
});
