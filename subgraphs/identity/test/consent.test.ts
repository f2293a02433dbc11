import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import { ManualClock } from '@imajin/subgraph-common';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { DEFAULT_MAX_LIVE_CONSENTS, MAX_DECLARATIONS_PER_DAY } from '../src/consent/consent.service';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const FIELDS =
  'id grantorDid granteeDid maxTrustHops anyone purposes maxFee currency expiresAt retentionDays noTraining ' +
  'live revokedAt signature signedPayload revokeSignature';
const DECLARE = `mutation($input: DeclareConsentInput!, $proof: ProofInput!) {
  declareConsent(input: $input, proof: $proof) { ${FIELDS} }
}`;
const REVOKE = `mutation($id: ID!, $proof: ProofInput!) { revokeConsent(id: $id, proof: $proof) { ${FIELDS} } }`;
const CONSENTS = `query($did: String!, $all: Boolean!, $purpose: String) {
  identity(did: $did) { consents(includeInactive: $all, purpose: $purpose) { totalCount edges { node { id live purposes } } } }
}`;

interface Consent {
  id: string;
  live: boolean;
  revokedAt: string | null;
  signedPayload: string;
  anyone: boolean;
}

describe('consent declarations (identity subgraph)', () => {
  let h: IdentityHarness;
  const clock = new ManualClock(new Date('2030-01-01T00:00:00.000Z'));
  let alice: KeyPair;
  let bob: KeyPair;

  async function register(kp: KeyPair) {
    const input = { did: kp.did, kind: 'HUMAN' };
    const res = await h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
    expect(res.errors).toBeUndefined();
  }

  const declare = (kp: KeyPair, input: Record<string, unknown>, proof?: unknown) =>
    h.gql<{ declareConsent: Consent }>(DECLARE, {
      input,
      proof: proof ?? proofFor('mjn.consent.declare', input, kp, clock.now()),
    });
  const revoke = (kp: KeyPair, id: string, proof?: unknown) =>
    h.gql<{ revokeConsent: Consent }>(REVOKE, {
      id,
      proof: proof ?? proofFor('mjn.consent.revoke', { id }, kp, clock.now()),
    });
  const rows = () => h.count('consent_declarations');
  const proofs = () => h.count('proof_log');

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
    alice = generateKeyPair();
    bob = generateKeyPair();
    await register(alice);
    await register(bob);
  });
  afterAll(() => h.stop());

  it('declares a signed consent that anyone can read and re-verify', async () => {
    const input = { purposes: ['contact', 'x.notes'], maxFee: 250, currency: 'EUR', noTraining: true };
    const res = await declare(alice, input);
    expect(res.errors).toBeUndefined();
    const c = res.data!.declareConsent;
    expect(c).toMatchObject({
      grantorDid: alice.did,
      granteeDid: null,
      anyone: true,
      purposes: ['contact', 'x.notes'],
      maxFee: 250,
      noTraining: true,
      live: true,
    });
    expect(JSON.parse(c.signedPayload)).toMatchObject({
      type: 'mjn.consent.declare',
      signer: alice.did,
      maxFee: 250,
    });

    const read = await h.gql<{ consentDeclaration: Consent }>(
      'query($id: ID!) { consentDeclaration(id: $id) { id grantorDid live } }',
      { id: c.id },
    );
    expect(read.data?.consentDeclaration).toEqual({ id: c.id, grantorDid: alice.did, live: true });
  });

  it('lists live declarations on Identity.consents, filters by purpose, and keeps revoked ones as history', async () => {
    const carol = generateKeyPair();
    await register(carol);
    const contact = (await declare(carol, { purposes: ['contact'], grantee: bob.did })).data!.declareConsent;
    const query = (await declare(carol, { purposes: ['query'], maxTrustHops: 2 })).data!.declareConsent;
    const revoked = await revoke(carol, contact.id);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeConsent).toMatchObject({ live: false, revokedAt: clock.now().toISOString() });
    expect(JSON.parse(revoked.data!.revokeConsent.signedPayload).type).toBe('mjn.consent.declare');

    const live = await h.gql<{
      identity: { consents: { totalCount: number; edges: Array<{ node: Consent }> } };
    }>(CONSENTS, { did: carol.did, all: false });
    expect(live.data?.identity.consents.edges.map((e) => e.node.id)).toEqual([query.id]);
    const all = await h.gql<{ identity: { consents: { totalCount: number } } }>(CONSENTS, {
      did: carol.did,
      all: true,
    });
    expect(all.data?.identity.consents.totalCount).toBe(2);
    const contactOnly = await h.gql<{ identity: { consents: { totalCount: number } } }>(CONSENTS, {
      did: carol.did,
      all: true,
      purpose: 'contact',
    });
    expect(contactOnly.data?.identity.consents.totalCount).toBe(1);
  });

  it('stops listing a declaration as live once it expires', async () => {
    const dan = generateKeyPair();
    await register(dan);
    const expiresAt = new Date(clock.now().getTime() + 60_000).toISOString();
    const c = (await declare(dan, { purposes: ['contact'], expiresAt })).data!.declareConsent;
    clock.advance(61_000);
    const read = await h.gql<{ consentDeclaration: Consent }>(
      'query($id: ID!) { consentDeclaration(id: $id) { live } }',
      {
        id: c.id,
      },
    );
    expect(read.data?.consentDeclaration.live).toBe(false);
  });

  describe('refuses bad requests and writes nothing', () => {
    const input = { purposes: ['contact'] };
    const cases: Array<
      [string, () => Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>, string, string?]
    > = [
      [
        'bad terms (both a grantee and a trust bound)',
        () => declare(alice, { ...input, grantee: bob.did, maxTrustHops: 2 }),
        'BAD_USER_INPUT',
        'grantee',
      ],
      [
        'an unknown purpose format',
        () => declare(alice, { purposes: ['Hire Me'] }),
        'BAD_USER_INPUT',
        'purposes',
      ],
      [
        'a past expiry',
        () => declare(alice, { ...input, expiresAt: '2001-01-01T00:00:00.000Z' }),
        'BAD_USER_INPUT',
        'expiresAt',
      ],
      [
        'a malformed proof',
        () =>
          declare(alice, input, {
            ...proofFor('mjn.consent.declare', input, alice, clock.now()),
            nonce: 'x',
          }),
        'BAD_SIGNATURE',
        'MALFORMED',
      ],
      [
        'an unsigned proof',
        () =>
          declare(alice, input, {
            ...proofFor('mjn.consent.declare', input, alice, clock.now()),
            signature: '',
          }),
        'BAD_SIGNATURE',
        '',
      ],
      [
        'a tampered input (signed for one purpose, sent with another)',
        () =>
          declare(
            alice,
            { purposes: ['resale'] },
            proofFor('mjn.consent.declare', input, alice, clock.now()),
          ),
        'BAD_SIGNATURE',
        'BAD_SIGNATURE',
      ],
      [
        'a proof signed by someone else than its signer field',
        () =>
          declare(alice, input, {
            ...signPayload('mjn.consent.declare', input, bob, { now: clock.now() }).proof,
            signer: alice.did,
          }),
        'BAD_SIGNATURE',
        'BAD_SIGNATURE',
      ],
      ['an unregistered grantor', () => declare(generateKeyPair(), input), 'NOT_FOUND', ''],
    ];
    it.each(cases)('%s', async (_name, send, code, detail) => {
      const before = [await rows(), await proofs()];
      const res = await send();
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      if (detail)
        expect([res.errors?.[0]?.extensions?.field, res.errors?.[0]?.extensions?.reason]).toContain(detail);
      expect([await rows(), await proofs()]).toEqual(before);
    });

    it('a replayed declaration', async () => {
      const proof = proofFor('mjn.consent.declare', input, alice, clock.now());
      expect((await declare(alice, input, proof)).errors).toBeUndefined();
      const before = [await rows(), await proofs()];
      const again = await declare(alice, input, proof);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_SIGNATURE', reason: 'REPLAYED' });
      expect([await rows(), await proofs()]).toEqual(before);
    });

    it('someone else revoking, an unknown id, a replayed or repeated revocation', async () => {
      const c = (await declare(alice, input)).data!.declareConsent;
      let before = [await rows(), await proofs()];
      const other = await revoke(bob, c.id);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(other.errors?.[0]?.message).toMatch(/Only the identity that declared/);
      const unknown = await revoke(alice, '00000000-0000-4000-8000-000000000000');
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const notUuid = await revoke(alice, 'nope');
      expect(notUuid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect([await rows(), await proofs()]).toEqual(before);
      const [live] = await h.sql<{ revoked_at: Date | null }>(
        'SELECT revoked_at FROM consent_declarations WHERE id = $1',
        [c.id],
      );
      expect(live.revoked_at).toBeNull();

      const proof = proofFor('mjn.consent.revoke', { id: c.id }, alice, clock.now());
      expect((await revoke(alice, c.id, proof)).errors).toBeUndefined();
      before = [await rows(), await proofs()];
      // A replayed revocation finds the declaration already revoked: refused before its nonce is looked at.
      expect((await revoke(alice, c.id, proof)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await revoke(alice, c.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect([await rows(), await proofs()]).toEqual(before);
    });
  });

  it(`limits one DID to ${DEFAULT_MAX_LIVE_CONSENTS} live declarations; revoking one makes room`, async () => {
    const erin = generateKeyPair();
    await register(erin);
    // Fill up to one below the limit directly; the limit itself is what goes through the API.
    await h.sql(
      `INSERT INTO consent_declarations (id, owner_did, grantor_did, purposes, created_at, signature, signed_payload)
       SELECT gen_random_uuid(), $1, $1, ARRAY['contact'], $2, 'sig', '{}' FROM generate_series(1, $3)`,
      [erin.did, clock.now(), DEFAULT_MAX_LIVE_CONSENTS - 1],
    );
    const last = await declare(erin, { purposes: ['query'] });
    expect(last.errors).toBeUndefined();
    const before = [await rows(), await proofs()];
    const over = await declare(erin, { purposes: ['resale'] });
    expect(over.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(over.errors?.[0]?.message).toMatch(/revoke one/);
    expect([await rows(), await proofs()]).toEqual(before);
    expect((await revoke(erin, last.data!.declareConsent.id)).errors).toBeUndefined();
    expect((await declare(erin, { purposes: ['resale'] })).errors).toBeUndefined();
  });

  it('lets concurrent declarations pass the live limit together only as far as it goes', async () => {
    const gil = generateKeyPair();
    await register(gil);
    await h.sql(
      `INSERT INTO consent_declarations (id, owner_did, grantor_did, purposes, created_at, signature, signed_payload)
       SELECT gen_random_uuid(), $1, $1, ARRAY['contact'], $2, 'sig', '{}' FROM generate_series(1, $3)`,
      [gil.did, clock.now(), DEFAULT_MAX_LIVE_CONSENTS - 2],
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => declare(gil, { purposes: [`x.n${i}`] })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual([...Array(8).fill('CONFLICT'), 'OK', 'OK']);
    const [{ n }] = await h.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM consent_declarations WHERE grantor_did = $1',
      [gil.did],
    );
    expect(n).toBe(DEFAULT_MAX_LIVE_CONSENTS);
  });

  it(`limits one DID to ${MAX_DECLARATIONS_PER_DAY} declarations a day, revoked ones included`, async () => {
    const fay = generateKeyPair();
    await register(fay);
    await h.sql(
      `INSERT INTO consent_declarations (id, owner_did, grantor_did, purposes, created_at, revoked_at, signature,
         signed_payload)
       SELECT gen_random_uuid(), $1, $1, ARRAY['contact'], $2, $2, 'sig', '{}' FROM generate_series(1, $3)`,
      [fay.did, clock.now(), MAX_DECLARATIONS_PER_DAY],
    );
    const before = [await rows(), await proofs()];
    const over = await declare(fay, { purposes: ['contact'] });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 86_400 });
    expect([await rows(), await proofs()]).toEqual(before);
    clock.advance(86_400_000);
    expect((await declare(fay, { purposes: ['contact'] })).errors).toBeUndefined();
  });

  it('resolves ConsentDeclaration entities by id (_entities), null for unknown ids', async () => {
    const c = (await declare(bob, { purposes: ['query'], grantee: alice.did })).data!.declareConsent;
    const res = await queryEntities<{ id: string; grantorDid: string; granteeDid: string }>(
      h.identity.url,
      h.gateway.headers(),
      [
        { __typename: 'ConsentDeclaration', id: c.id },
        { __typename: 'ConsentDeclaration', id: '00000000-0000-4000-8000-000000000000' },
      ],
      'ConsentDeclaration',
      'id grantorDid granteeDid',
    );
    expect(res.data?._entities).toEqual([{ id: c.id, grantorDid: bob.did, granteeDid: alice.did }, null]);
  });
});
