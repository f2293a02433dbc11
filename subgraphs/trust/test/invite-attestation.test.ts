import type { KeyPair } from '@imajin/protocol';

import { startTrustHarness, vouch, type TrustHarness } from './harness';

const CREATE = `mutation($input: CreateInviteInput!, $proof: ProofInput!) {
  createInvite(input: $input, proof: $proof) { code invite { id maxUses uses toDid inviter { did } signature } }
}`;
const ACCEPT = `mutation($code: String!, $proof: ProofInput!) {
  acceptInvite(code: $code, proof: $proof) { invite { uses } vouches { from { did } to { did } weight signedPayload } }
}`;
const ATTEST = `mutation($input: AttestInput!, $proof: ProofInput!) {
  attest(input: $input, proof: $proof) { id type claim active signature signedPayload issuer { did } }
}`;
const REVOKE_ATTEST = `mutation($id: ID!, $proof: ProofInput!) { revokeAttestation(id: $id, proof: $proof) { id active } }`;
const LIST = `query($r: [_Any!]!, $type: String, $all: Boolean) { _entities(representations: $r) {
  ... on Identity { attestations(type: $type, includeInactive: $all) { id type active claim signature issuer { did } } } } }`;

describe('invites', () => {
  let h: TrustHarness;
  beforeAll(async () => {
    h = await startTrustHarness(); // invite limit 3
  });
  afterAll(() => h.stop());

  const expiresIn = (ms: number) => new Date(h.clock.now().getTime() + ms).toISOString();
  const create = (inviter: KeyPair, input: Record<string, unknown>) =>
    h.gql<{ createInvite: { code: string; invite: { id: string; uses: number } } }>(CREATE, {
      input,
      proof: h.sign('mjn.trust.createInvite', input, inviter),
    });
  const accept = (code: string, accepter: KeyPair) =>
    h.gql<{
      acceptInvite: {
        invite: { uses: number };
        vouches: Array<{ from: { did: string }; to: { did: string } }>;
      };
    }>(ACCEPT, { code, proof: h.sign('mjn.trust.acceptInvite', { code }, accepter) });
  const writes = async () => ({
    invites: await h.count('invites'),
    vouches: await h.count('vouches'),
    proofs: await h.count('proof_log'),
  });

  it('accepting records mutual vouches and counts uses atomically', async () => {
    const [inviter, a, b, c] = [h.person(), h.person(), h.person(), h.person()];
    const created = await create(inviter, { maxUses: 2, expiresAt: expiresIn(3_600_000) });
    expect(created.errors).toBeUndefined();
    const { code } = created.data!.createInvite;
    const first = await accept(code, a);
    expect(first.data?.acceptInvite.invite.uses).toBe(1);
    expect(first.data?.acceptInvite.vouches.map((v) => [v.from.did, v.to.did])).toEqual([
      [inviter.did, a.did],
      [a.did, inviter.did],
    ]);
    expect((await accept(code, a)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Two racing for the last use: exactly one wins.
    const race = await Promise.all([accept(code, b), accept(code, c)]);
    expect(race.filter((r) => r.data?.acceptInvite).length).toBe(1);
    expect(race.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    expect(await h.sql('SELECT uses FROM invites WHERE inviter_did = $1', [inviter.did])).toEqual([
      { uses: 2 },
    ]);
    const path = await h.trust.services.graph.shortestPath(a.did, inviter.did, 1);
    expect(path.found).toBe(true);
  });

  it('keeps an existing vouch when an invite would duplicate it', async () => {
    const [inviter, friend] = [h.person(), h.person()];
    await vouch(h, inviter, friend, { weight: 90 });
    const { code } = (await create(inviter, { maxUses: 1, expiresAt: expiresIn(60_000) })).data!.createInvite;
    const res = await accept(code, friend);
    expect(res.data?.acceptInvite.vouches.map((v) => v.from.did)).toEqual([friend.did]);
  });

  it('enforces the per-identity limit, expiry, the target DID and bad input, writing nothing', async () => {
    const [inviter, other, stranger] = [h.person(), h.person(), h.person()];
    for (let i = 0; i < 3; i += 1)
      expect((await create(inviter, { maxUses: 1, expiresAt: expiresIn(60_000) })).errors).toBeUndefined();
    let before = await writes();
    const over = await create(inviter, { maxUses: 1, expiresAt: expiresIn(60_000) });
    expect(over.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await create(inviter, { maxUses: 0, expiresAt: expiresIn(60_000) })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await create(other, {
          toEmail: 'a@b.co',
          toDid: stranger.did,
          maxUses: 1,
          expiresAt: expiresIn(1000),
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await create(other, { maxUses: 1, expiresAt: expiresIn(-1000) })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const input = { maxUses: 1, expiresAt: expiresIn(60_000) };
    const tampered = await h.gql(CREATE, {
      input: { ...input, maxUses: 5 },
      proof: h.sign('mjn.trust.createInvite', input, other),
    });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await writes()).toEqual(before);

    const targeted = (await create(other, { toDid: stranger.did, maxUses: 1, expiresAt: expiresIn(60_000) }))
      .data!.createInvite.code;
    before = await writes();
    expect((await accept(targeted, h.person())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await accept(targeted, other)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await accept('nosuchcode_123', stranger)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await accept('!', stranger)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    h.clock.advance(120_000);
    expect((await accept(targeted, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await writes()).toEqual(before);
    // Expired invites no longer count against the limit.
    expect((await create(inviter, { maxUses: 1, expiresAt: expiresIn(60_000) })).errors).toBeUndefined();
  });
});

describe('attestations', () => {
  let h: TrustHarness;
  beforeAll(async () => {
    h = await startTrustHarness();
  });
  afterAll(() => h.stop());

  it('issues, lists (with vouches as the `vouch` type), expires and revokes typed attestations', async () => {
    const [issuer, subject] = [h.person(), h.person()];
    const input = { subject: subject.did, attestationType: 'event.attendance', claim: '{"event":"e1"}' };
    const res = await h.gql<{ attest: { id: string; signedPayload: string } }>(ATTEST, {
      input,
      proof: h.sign('mjn.trust.attest', input, issuer),
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.attest.id;
    expect(JSON.parse(res.data!.attest.signedPayload)).toMatchObject({ type: 'mjn.trust.attest', ...input });
    expect(res.data!.attest).toMatchObject({ type: 'event.attendance' });
    const shortLived = {
      subject: subject.did,
      attestationType: 'email.verified',
      expiresAt: new Date(h.clock.now().getTime() + 1000).toISOString(),
    };
    await h.gql(ATTEST, { input: shortLived, proof: h.sign('mjn.trust.attest', shortLived, issuer) });
    await vouch(h, issuer, subject, { weight: 12 });

    type L = { _entities: Array<{ attestations: Array<{ id: string; type: string; active: boolean }> }> };
    const r = [{ __typename: 'Identity', did: subject.did }];
    const all = (await h.gql<L>(LIST, { r })).data!._entities[0].attestations;
    expect(all.map((a) => a.type).sort()).toEqual(['email.verified', 'event.attendance', 'vouch']);
    const vouches = (await h.gql<L>(LIST, { r, type: 'vouch' })).data!._entities[0].attestations;
    expect(vouches.map((a) => a.type)).toEqual(['vouch']);
    h.clock.advance(2000);
    const later = (await h.gql<L>(LIST, { r, type: 'email.verified' })).data!._entities[0].attestations;
    expect(later).toEqual([]);

    const wrong = await h.gql(REVOKE_ATTEST, {
      id,
      proof: h.sign('mjn.trust.revokeAttestation', { id }, subject),
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await h.gql(REVOKE_ATTEST, {
      id,
      proof: h.sign('mjn.trust.revokeAttestation', { id }, issuer),
    });
    expect(ok.data).toEqual({ revokeAttestation: { id, active: false } });
    const history = (await h.gql<L>(LIST, { r, type: 'event.attendance', all: true })).data!._entities[0]
      .attestations;
    expect(history).toEqual([expect.objectContaining({ id, active: false })]);
  });

  it('rejects bad attestations with clear errors, writing nothing', async () => {
    const [issuer, subject] = [h.person(), h.person()];
    const before = await h.count('attestations');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ subject: subject.did, attestationType: 'vouch' }, 'BAD_USER_INPUT'],
      [{ subject: subject.did, attestationType: 'Not A Type' }, 'BAD_USER_INPUT'],
      [{ subject: issuer.did, attestationType: 'event.attendance' }, 'BAD_USER_INPUT'],
      [{ subject: 'did:mjn:x', attestationType: 'event.attendance' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of bad) {
      const res = await h.gql(ATTEST, { input, proof: h.sign('mjn.trust.attest', input, issuer) });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    const input = { subject: subject.did, attestationType: 'event.attendance' };
    const tampered = await h.gql(ATTEST, {
      input: { ...input, attestationType: 'email.verified' },
      proof: h.sign('mjn.trust.attest', input, issuer),
    });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.count('attestations')).toBe(before);
  });
});
