import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import { ManualClock } from '@imajin/subgraph-common';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const UPDATE = `mutation($input: UpdateProfileInput!, $proof: ProofInput!) {
  updateProfile(input: $input, proof: $proof) { did profile { handle displayName bio avatarUrl } }
}`;

describe('identity subgraph', () => {
  let h: IdentityHarness;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
  });
  afterAll(() => h.stop());

  async function register(kp: KeyPair, extra: Record<string, unknown> = {}) {
    const input = { did: kp.did, kind: 'HUMAN', ...extra };
    return h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
  }

  async function writes() {
    return {
      identities: await h.count('identities'),
      keys: await h.count('identity_keys'),
      proofs: await h.count('proof_log'),
    };
  }

  describe('register', () => {
    it('registers a self-certified DID with a profile and stores the signed payload', async () => {
      const kp = generateKeyPair();
      const res = await register(kp, { handle: 'alice_1', displayName: 'Alice' });
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({
        register: {
          did: kp.did,
          kind: 'HUMAN',
          active: true,
          profile: { handle: 'alice_1', displayName: 'Alice' },
        },
      });
      const [row] = await h.sql<{ signed_payload: string; signature: string }>(
        'SELECT signed_payload, signature FROM identities WHERE did = $1',
        [kp.did],
      );
      expect(JSON.parse(row.signed_payload)).toMatchObject({
        type: 'mjn.identity.register',
        did: kp.did,
        signer: kp.did,
      });
      expect(row.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    });

    const badCases: Array<
      [string, (kp: KeyPair) => { input: Record<string, unknown>; proof: unknown }, string]
    > = [
      [
        'a malformed DID',
        (kp) => {
          const input = { did: 'did:mjn:zNotBase58!!', kind: 'HUMAN' };
          return { input, proof: proofFor('mjn.identity.register', input, kp) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'a DID whose key did not sign the proof',
        (kp) => {
          const other = generateKeyPair();
          const input = { did: other.did, kind: 'HUMAN' };
          return { input, proof: signPayload('mjn.identity.register', input, kp).proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a tampered payload',
        (kp) => {
          const input = { did: kp.did, kind: 'HUMAN', handle: 'honest' };
          const { proof } = signPayload('mjn.identity.register', input, kp);
          return { input: { ...input, handle: 'tampered' }, proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a proof made for another action',
        (kp) => {
          const input = { did: kp.did, kind: 'HUMAN' };
          return { input, proof: signPayload('mjn.identity.updateProfile', input, kp).proof };
        },
        'BAD_SIGNATURE',
      ],
      [
        'a createdAt outside the window',
        (kp) => {
          const input = { did: kp.did, kind: 'HUMAN' };
          return {
            input,
            proof: proofFor('mjn.identity.register', input, kp, new Date(clock.now().getTime() - 6 * 60_000)),
          };
        },
        'BAD_SIGNATURE',
      ],
      [
        'an invalid handle',
        (kp) => {
          const input = { did: kp.did, kind: 'HUMAN', handle: 'No Spaces!' };
          return { input, proof: proofFor('mjn.identity.register', input, kp) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'a reserved handle',
        (kp) => {
          const input = { did: kp.did, kind: 'HUMAN', handle: 'admin' };
          return { input, proof: proofFor('mjn.identity.register', input, kp) };
        },
        'BAD_USER_INPUT',
      ],
    ];

    it.each(badCases)('rejects %s and writes nothing', async (_name, build, code) => {
      const before = await writes();
      const kp = generateKeyPair();
      const { input, proof } = build(kp);
      const res = await h.gql(REGISTER_MUTATION, { input, proof });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
      expect(await writes()).toEqual(before);
    });

    it('rejects a replayed nonce and writes nothing', async () => {
      const kp = generateKeyPair();
      const input = { did: kp.did, kind: 'HUMAN' };
      const proof = proofFor('mjn.identity.register', input, kp, clock.now());
      expect((await h.gql(REGISTER_MUTATION, { input, proof })).errors).toBeUndefined();
      const update = { did: kp.did, bio: 'hello' };
      const updateProof = proofFor('mjn.identity.updateProfile', update, kp, clock.now());
      expect((await h.gql(UPDATE, { input: update, proof: updateProof })).errors).toBeUndefined();
      const before = await writes();
      const replay = await h.gql(UPDATE, { input: update, proof: updateProof });
      expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_SIGNATURE', reason: 'REPLAYED' });
      expect(await writes()).toEqual(before);
    });

    it('refuses a taken handle with CONFLICT, also under a concurrent race', async () => {
      const [a, b, c] = [generateKeyPair(), generateKeyPair(), generateKeyPair()];
      expect((await register(a, { handle: 'taken_handle' })).errors).toBeUndefined();
      const res = await register(b, { handle: 'taken_handle' });
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const race = await Promise.all([
        register(b, { handle: 'race_handle' }),
        register(c, { handle: 'race_handle' }),
      ]);
      const codes = race.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });

    it('refuses to register the same DID twice', async () => {
      const kp = generateKeyPair();
      expect((await register(kp)).errors).toBeUndefined();
      expect((await register(kp)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });

  describe('updateProfile', () => {
    it('edits and clears profile fields', async () => {
      const kp = generateKeyPair();
      await register(kp, { handle: 'bob_profile', bio: 'old bio' });
      const input = { did: kp.did, displayName: 'Bob', bio: '', avatarUrl: 'https://example.com/bob.png' };
      const res = await h.gql(UPDATE, {
        input,
        proof: proofFor('mjn.identity.updateProfile', input, kp, clock.now()),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({
        updateProfile: {
          profile: {
            handle: 'bob_profile',
            displayName: 'Bob',
            bio: null,
            avatarUrl: 'https://example.com/bob.png',
          },
        },
      });
    });

    it('rejects a profile update signed by another identity', async () => {
      const [owner, mallory] = [generateKeyPair(), generateKeyPair()];
      await register(owner);
      await register(mallory);
      const input = { did: owner.did, displayName: 'pwned' };
      const res = await h.gql(UPDATE, {
        input,
        proof: proofFor('mjn.identity.updateProfile', input, mallory, clock.now()),
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
      const [row] = await h.sql<{ display_name: string | null }>(
        'SELECT display_name FROM identities WHERE did = $1',
        [owner.did],
      );
      expect(row.display_name).toBeNull();
    });

    it('rejects an http avatar URL', async () => {
      const kp = generateKeyPair();
      await register(kp);
      const input = { did: kp.did, avatarUrl: 'http://insecure.example/a.png' };
      const res = await h.gql(UPDATE, {
        input,
        proof: proofFor('mjn.identity.updateProfile', input, kp, clock.now()),
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'avatarUrl' });
    });
  });

  describe('queries', () => {
    it('finds identities by handle prefix with cursor pagination', async () => {
      for (const handle of ['pager_a', 'pager_b', 'pager_c']) await register(generateKeyPair(), { handle });
      const q = `query($p: String!, $after: String) { searchIdentities(handlePrefix: $p, first: 2, after: $after) {
        totalCount edges { node { profile { handle } } } pageInfo { hasNextPage endCursor } } }`;
      type Page = {
        searchIdentities: {
          totalCount: number;
          edges: Array<{ node: { profile: { handle: string } } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const first = await h.gql<Page>(q, { p: 'pager_' });
      expect(first.data!.searchIdentities.edges.map((e) => e.node.profile.handle)).toEqual([
        'pager_a',
        'pager_b',
      ]);
      expect(first.data!.searchIdentities).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = await h.gql<Page>(q, {
        p: 'pager_',
        after: first.data!.searchIdentities.pageInfo.endCursor,
      });
      expect(second.data!.searchIdentities.edges.map((e) => e.node.profile.handle)).toEqual(['pager_c']);
      expect(second.data!.searchIdentities.pageInfo.hasNextPage).toBe(false);
      const bad = await h.gql(q, { p: 'pager_', after: 'not-a-cursor' });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('resolves a DID document for an unregistered did:mjn from its key alone', async () => {
      const kp = generateKeyPair();
      const res = await h.gql<{
        didDocument: { id: string; keyAgreement: string[]; verificationMethod: Array<{ type: string }> };
      }>('query($did: String!) { didDocument(did: $did) }', { did: kp.did });
      expect(res.data!.didDocument.id).toBe(kp.did);
      expect(res.data!.didDocument.verificationMethod.map((v) => v.type)).toEqual(['Multikey', 'Multikey']);
      expect(res.data!.didDocument.keyAgreement[0]).toMatch(new RegExp(`^${kp.did}#z6LS`));
    });

    it('rejects a malformed DID in didDocument with a clear error', async () => {
      const res = await h.gql('query { didDocument(did: "did:mjn:z6MkTooShort") }');
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/Malformed DID/);
    });
  });

  describe('_entities', () => {
    it('resolves Identity references by did, null for unknown DIDs', async () => {
      const kp = generateKeyPair();
      await register(kp, { handle: 'entity_ref' });
      const { queryEntities } = await import('@imajin/subgraph-common/testing');
      const res = await queryEntities<{ did: string; profile: { handle: string } }>(
        h.identity.url,
        h.gateway.headers(),
        [
          { __typename: 'Identity', did: kp.did },
          { __typename: 'Identity', did: generateKeyPair().did },
        ],
        'Identity',
        'did profile { handle }',
      );
      expect(res.data!._entities).toEqual([{ did: kp.did, profile: { handle: 'entity_ref' } }, null]);
    });
  });

  describe('viewer header', () => {
    it('refuses requests without the gateway-signed viewer header', async () => {
      const res = await fetch(h.identity.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { did } }' }),
      });
      expect(res.status).toBe(401);
    });

    it('refuses a viewer header forged with another key', async () => {
      const { TestGatewayKey } = await import('@imajin/subgraph-common/testing');
      const forger = new TestGatewayKey('identity');
      const victim = generateKeyPair();
      const res = await fetch(h.identity.url, {
        method: 'POST',
        headers: forger.headers(victim.did),
        body: JSON.stringify({ query: '{ viewer { did } }' }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('shows the viewer named by a genuine header', async () => {
      const kp = generateKeyPair();
      await register(kp, { handle: 'viewer_me' });
      const res = await h.gql<{ viewer: { did: string } }>('{ viewer { did } }', {}, kp.did);
      expect(res.data!.viewer.did).toBe(kp.did);
    });
  });
});
