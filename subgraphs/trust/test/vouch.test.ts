import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { REVOKE_MUTATION, startTrustHarness, vouch, VOUCH_MUTATION, type TrustHarness } from './harness';

interface VouchResult {
  id: string;
  weight: number;
  active: boolean;
  signature: string;
  signedPayload: string;
  from: { did: string };
  to: { did: string };
}

describe('vouch and revokeVouch', () => {
  let h: TrustHarness;
  let alice: KeyPair;
  let bob: KeyPair;

  beforeAll(async () => {
    h = await startTrustHarness();
    alice = h.person();
    bob = h.person();
  });
  afterAll(() => h.stop());

  const writes = async () => ({ vouches: await h.count('vouches'), proofs: await h.count('proof_log') });

  it('records a signed vouch with its canonical payload, verifiable offline', async () => {
    const carol = h.person();
    const input = { to: carol.did, weight: 70, context: 'met at the meetup' };
    const res = await h.gql<{ vouch: VouchResult }>(VOUCH_MUTATION, {
      input,
      proof: h.sign('mjn.trust.vouch', input, alice),
    });
    expect(res.errors).toBeUndefined();
    const v = res.data!.vouch;
    expect(v).toMatchObject({ weight: 70, active: true, from: { did: alice.did }, to: { did: carol.did } });
    const payload = JSON.parse(v.signedPayload) as Record<string, unknown>;
    expect(payload).toMatchObject({ type: 'mjn.trust.vouch', to: carol.did, weight: 70, signer: alice.did });
    const rows = await h.sql<{ owner_did: string; signature: string }>(
      'SELECT owner_did, signature FROM vouches WHERE id = $1',
      [v.id],
    );
    expect(rows[0]).toEqual({ owner_did: alice.did, signature: v.signature });
  });

  describe('bad input gets a clear error and writes nothing', () => {
    const cases: Array<[string, () => { input: Record<string, unknown>; proof: unknown }, string]> = [
      [
        'self-vouch',
        () => {
          const input = { to: alice.did, weight: 10 };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'malformed DID',
        () => {
          const input = { to: 'did:mjn:nope', weight: 10 };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'weight out of range',
        () => {
          const input = { to: bob.did, weight: 101 };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'expiry in the past',
        () => {
          const input = {
            to: bob.did,
            weight: 10,
            expiresAt: new Date(h.clock.now().getTime() - 1000).toISOString(),
          };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'BAD_USER_INPUT',
      ],
      [
        'unknown DID',
        () => {
          const input = { to: generateKeyPair().did, weight: 10 };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'NOT_FOUND',
      ],
      [
        'deactivated DID',
        () => {
          const gone = h.person();
          h.deactivate(gone);
          const input = { to: gone.did, weight: 10 };
          return { input, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'FORBIDDEN',
      ],
      [
        'tampered weight',
        () => {
          const input = { to: bob.did, weight: 10 };
          return { input: { ...input, weight: 99 }, proof: h.sign('mjn.trust.vouch', input, alice) };
        },
        'BAD_SIGNATURE',
      ],
      [
        'signature by another key',
        () => {
          const input = { to: bob.did, weight: 10 };
          const proof = h.sign('mjn.trust.vouch', input, alice);
          return { input, proof: { ...proof, signature: h.sign('mjn.trust.vouch', input, bob).signature } };
        },
        'BAD_SIGNATURE',
      ],
      [
        'unregistered signer',
        () => {
          const input = { to: bob.did, weight: 10 };
          return { input, proof: h.sign('mjn.trust.vouch', input, generateKeyPair()) };
        },
        'NOT_FOUND',
      ],
      [
        'stale proof',
        () => {
          const input = { to: bob.did, weight: 10 };
          const old = new Date(h.clock.now().getTime() - 10 * 60_000);
          return { input, proof: signPayload('mjn.trust.vouch', input, alice, { now: old }).proof };
        },
        'BAD_SIGNATURE',
      ],
    ];

    it.each(cases)('%s', async (_name, make, code) => {
      const before = await writes();
      const { input, proof } = make();
      const res = await h.gql(VOUCH_MUTATION, { input, proof });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
      expect(await writes()).toEqual(before);
    });
  });

  it('rejects a duplicate active vouch and a replayed proof, writing nothing', async () => {
    const dave = h.person();
    const input = { to: dave.did, weight: 40 };
    const proof = h.sign('mjn.trust.vouch', input, alice);
    expect((await h.gql(VOUCH_MUTATION, { input, proof })).errors).toBeUndefined();
    const before = await writes();
    const replay = await h.gql(VOUCH_MUTATION, { input, proof });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_SIGNATURE', reason: 'REPLAYED' });
    const again = await h.gql(VOUCH_MUTATION, { input, proof: h.sign('mjn.trust.vouch', input, alice) });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await writes()).toEqual(before);
  });

  it('lets only one of two concurrent identical vouches land (partial unique index)', async () => {
    const erin = h.person();
    const input = { to: erin.did, weight: 40 };
    const results = await Promise.all(
      [0, 1, 2].map(() => h.gql(VOUCH_MUTATION, { input, proof: h.sign('mjn.trust.vouch', input, bob) })),
    );
    expect(results.filter((r) => r.data?.vouch).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    const rows = await h.sql('SELECT id FROM vouches WHERE from_did = $1 AND to_did = $2', [
      bob.did,
      erin.did,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('revokes: only the voucher, once; the vouch stays in history and a new one may follow', async () => {
    const fay = h.person();
    const id = await vouch(h, alice, fay, { weight: 30 });
    const forbidden = await h.gql(REVOKE_MUTATION, {
      id,
      proof: h.sign('mjn.trust.revokeVouch', { id }, bob),
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tampered = await h.gql(REVOKE_MUTATION, {
      id,
      proof: h.sign('mjn.trust.revokeVouch', { id: '00000000-0000-4000-8000-000000000000' }, alice),
    });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const missing = '00000000-0000-4000-8000-000000000000';
    const notFound = await h.gql(REVOKE_MUTATION, {
      id: missing,
      proof: h.sign('mjn.trust.revokeVouch', { id: missing }, alice),
    });
    expect(notFound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await h.gql(REVOKE_MUTATION, {
      id: 'x',
      proof: h.sign('mjn.trust.revokeVouch', { id: 'x' }, alice),
    });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.count('proof_log WHERE type = $$mjn.trust.revokeVouch$$')).toBe(0);

    const ok = await h.gql<{ revokeVouch: { active: boolean; revokeSignature: string } }>(REVOKE_MUTATION, {
      id,
      proof: h.sign('mjn.trust.revokeVouch', { id }, alice),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.revokeVouch).toMatchObject({ active: false });
    expect(ok.data?.revokeVouch.revokeSignature).toBeTruthy();
    const twice = await h.gql(REVOKE_MUTATION, { id, proof: h.sign('mjn.trust.revokeVouch', { id }, alice) });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await vouch(h, alice, fay, { weight: 60 });
    const history = await h.gql<{ _entities: Array<{ active: boolean }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Vouch { active } } }',
      { r: [{ __typename: 'Vouch', id }] },
    );
    expect(history.data?._entities[0]).toEqual({ active: false });
  });

  it('lets an expired vouch stop counting, and a new vouch replace it', async () => {
    const gus = h.person();
    const expiresAt = new Date(h.clock.now().getTime() + 60_000).toISOString();
    const id = await vouch(h, bob, gus, { expiresAt });
    h.clock.advance(120_000);
    const [v] = (await h.trust.services.vouches.getMany([id]))!;
    expect(v?.active).toBe(false);
    await expect(vouch(h, bob, gus)).resolves.toMatch(/-/);
    const rows = await h.sql('SELECT id FROM vouches WHERE from_did = $1 AND to_did = $2', [
      bob.did,
      gus.did,
    ]);
    expect(rows).toHaveLength(2);
  });

  it('resolves Vouch entities and Identity references (_entities)', async () => {
    const hal = h.person();
    const id = await vouch(h, alice, hal, { weight: 55 });
    const res = await queryEntities<{ id: string; weight: number; from: { did: string } }>(
      h.trust.url,
      h.gateway.headers(),
      [
        { __typename: 'Vouch', id },
        { __typename: 'Vouch', id: '00000000-0000-4000-8000-000000000000' },
      ],
      'Vouch',
      'id weight from { did }',
    );
    expect(res.data?._entities).toEqual([{ id, weight: 55, from: { did: alice.did } }, null]);

    const ident = await queryEntities<{ did: string; vouchesReceived: { totalCount: number } }>(
      h.trust.url,
      h.gateway.headers(),
      [{ __typename: 'Identity', did: hal.did }],
      'Identity',
      'did vouchesReceived { totalCount edges { node { id } } }',
    );
    expect(ident.data?._entities[0]).toMatchObject({ did: hal.did, vouchesReceived: { totalCount: 1 } });
  });

  it('pages vouchesGiven / vouchesReceived with cursors and counts, and lists mutuals', async () => {
    const [p, q, r, s, t] = [h.person(), h.person(), h.person(), h.person(), h.person()];
    for (const to of [q, r, s]) await vouch(h, p, to);
    for (const to of [r, s, t]) await vouch(h, q, to);
    const query = `query($r: [_Any!]!, $after: String, $with: String!) { _entities(representations: $r) {
      ... on Identity { vouchesGiven(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { to { did } } } } mutuals(with: $with) { did } } } }`;
    type Page = {
      _entities: Array<{
        vouchesGiven: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { to: { did: string } } }>;
        };
        mutuals: Array<{ did: string }>;
      }>;
    };
    const vars = { r: [{ __typename: 'Identity', did: p.did }], with: q.did };
    const one = await h.gql<Page>(query, vars);
    const first = one.data!._entities[0];
    expect(first.vouchesGiven.totalCount).toBe(3);
    expect(first.vouchesGiven.pageInfo.hasNextPage).toBe(true);
    const two = await h.gql<Page>(query, { ...vars, after: first.vouchesGiven.pageInfo.endCursor });
    const second = two.data!._entities[0].vouchesGiven;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.vouchesGiven.edges, ...second.edges].map((e) => e.node.to.did).sort();
    expect(all).toEqual([q.did, r.did, s.did].sort());
    expect(first.mutuals.map((m) => m.did).sort()).toEqual([r.did, s.did].sort());
    const bad = await h.gql(query, { ...vars, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
