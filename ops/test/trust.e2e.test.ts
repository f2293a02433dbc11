import {
  cryptoBackend,
  fromBase64Url,
  generateKeyPair,
  publicKeyFromDid,
  type KeyPair,
} from '@imajin/protocol';
import {
  acceptInvite,
  attest,
  AttestationsDocument,
  createInvite,
  deactivateIdentity,
  IdentityVouchesDocument,
  isTrusted,
  MutualsDocument,
  neighbourhood,
  proofFor,
  registerIdentity,
  revokeAttestation,
  revokeVouch,
  TrustProofTypes,
  trustPath,
  trustScore,
  VouchByIdDocument,
  VouchDocument,
  vouchFor,
  type ImajinClient,
} from '@imajin/sdk';

import { codeOf, startStack, type Stack } from './stack';

describe('trust through the gateway', () => {
  let stack: Stack;
  let client: ImajinClient;
  const people: Record<string, KeyPair> = {};

  beforeAll(async () => {
    stack = await startStack();
    client = stack.client();
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin', 'island']) {
      people[name] = generateKeyPair();
      await registerIdentity(client, people[name], { kind: 'HUMAN', handle: `${name}_t` });
    }
  });
  afterAll(() => stack.stop());

  const vouchCount = async () =>
    Number((await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM trust.vouches'))[0].n);

  it('vouches and walks the graph into identity profiles', async () => {
    const { alice, bob, carol, dave } = people;
    await vouchFor(client, alice, bob.did, { weight: 80, context: 'colleague' });
    await vouchFor(client, bob, carol.did, { weight: 60 });
    await vouchFor(client, carol, dave.did, { weight: 40 });
    await vouchFor(client, carol, alice.did, { weight: 40 }); // a cycle

    const { identity } = await client.request(IdentityVouchesDocument, { did: bob.did });
    expect(identity?.vouchesReceived?.totalCount).toBe(1);
    expect(identity?.vouchesReceived?.edges[0].node.from.profile?.handle).toBe('alice_t');
    expect(identity?.vouchesGiven?.edges[0].node.to.profile?.handle).toBe('carol_t');

    const path = await trustPath(client, alice.did, dave.did);
    expect(path.found).toBe(true);
    expect(path.hops.map((h) => h.to.profile?.handle)).toEqual(['bob_t', 'carol_t', 'dave_t']);
    for (const hop of path.hops) {
      expect(
        cryptoBackend.verify(
          fromBase64Url(hop.vouch.signature),
          new TextEncoder().encode(hop.vouch.signedPayload),
          publicKeyFromDid(hop.from.did),
        ),
      ).toBe(true);
    }
    expect(await isTrusted(client, alice.did, dave.did, 3)).toBe(true);
    expect(await isTrusted(client, alice.did, dave.did, 2)).toBe(false);

    const hood = await neighbourhood(client, alice.did, { depth: 2 });
    expect(hood.edges.map((e) => [e.node.hops, e.node.identity.profile?.handle])).toEqual([
      [1, 'bob_t'],
      [2, 'carol_t'],
    ]);
    const score = await trustScore(client, alice.did, bob.did);
    expect(score.score).toBeGreaterThan(0);

    const { identity: mutual } = await client.request(MutualsDocument, { did: alice.did, with: carol.did });
    expect(mutual?.mutuals).toEqual([]);
  });

  it('explains why there is no path (why-not) through the gateway', async () => {
    const { alice, island, dave } = people;
    const none = await trustPath(client, alice.did, island.did);
    expect(none.found).toBe(false);
    expect(none.explanation).toMatchObject({ reason: 'NOT_REACHABLE', reachedCount: 3 });
    const lonely = await trustPath(client, dave.did, alice.did);
    expect(lonely.explanation?.reason).toBe('NO_OUTGOING_VOUCHES');
    const bound = await trustPath(client, alice.did, dave.did, { maxDepth: 2 });
    expect(bound.explanation).toMatchObject({ reason: 'DEPTH_EXHAUSTED', exploredDepth: 2 });
    // alice vouches only for bob: at maxDepth 1 nothing was expanded, only alice's vouches probed for carol.
    const direct = await trustPath(client, alice.did, people.carol.did, { maxDepth: 1 });
    expect(direct.explanation).toMatchObject({
      reason: 'DEPTH_EXHAUSTED',
      reachedDepth: 0,
      reachingDepth: 0,
      exploredDepth: 1,
      message: `No chain of at most 1 vouch: no active vouch leads from ${alice.did} to ${people.carol.did}; a longer chain may exist`,
    });
    expect(await codeOf(trustPath(client, alice.did, dave.did, { maxDepth: 7 }))).toBe('BAD_USER_INPUT');
  });

  it('rejects bad vouches with clear errors and writes nothing', async () => {
    const { alice, bob } = people;
    const gone = generateKeyPair();
    await registerIdentity(client, gone, { kind: 'HUMAN' });
    await deactivateIdentity(client, gone);
    const before = await vouchCount();
    expect(await codeOf(vouchFor(client, alice, alice.did, { weight: 5 }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(vouchFor(client, alice, generateKeyPair().did, { weight: 5 }))).toBe('NOT_FOUND');
    expect(await codeOf(vouchFor(client, alice, gone.did, { weight: 5 }))).toBe('FORBIDDEN');
    expect(await codeOf(vouchFor(client, alice, bob.did, { weight: 5 }))).toBe('CONFLICT');
    const input = { to: people.erin.did, weight: 10 };
    const tampered = client.request(VouchDocument, {
      input: { ...input, weight: 90 },
      proof: proofFor(TrustProofTypes.vouch, input, alice),
    });
    expect(await codeOf(tampered)).toBe('BAD_SIGNATURE');
    expect(await vouchCount()).toBe(before);
  });

  it('stops counting revoked and expired vouches, keeping them in history', async () => {
    const { alice, erin, dave } = people;
    const v = await vouchFor(client, dave, erin.did, {
      weight: 50,
      expiresAt: new Date(stack.clock.now().getTime() + 60_000),
    });
    expect(await isTrusted(client, alice.did, erin.did, 4)).toBe(true);
    stack.clock.offsetMs = 120_000;
    try {
      expect(await isTrusted(client, alice.did, erin.did, 4)).toBe(false);
    } finally {
      stack.clock.offsetMs = 0;
    }
    const ab = (await client.request(IdentityVouchesDocument, { did: people.bob.did })).identity!
      .vouchesReceived!.edges[0].node;
    const revoked = await revokeVouch(client, alice, ab.id);
    expect(revoked.active).toBe(false);
    expect((await trustPath(client, alice.did, dave.did)).explanation?.reason).toBe('NO_OUTGOING_VOUCHES');
    const history = await client.request(IdentityVouchesDocument, {
      did: people.bob.did,
      includeInactive: true,
    });
    expect(history.identity?.vouchesReceived?.totalCount).toBe(1);
    expect(v.active).toBe(true);
  });

  it('fetches a vouch by id (the Vouch entity) through the gateway', async () => {
    const { bob, erin } = people;
    const v = await vouchFor(client, bob, erin.did, { weight: 33 });
    const { vouchById } = await client.request(VouchByIdDocument, { id: v.id });
    expect(vouchById).toMatchObject({ id: v.id, weight: 33, from: { did: bob.did }, to: { did: erin.did } });
  });

  it('invites: accepting records mutual vouches; a used-up code is refused', async () => {
    const { erin } = people;
    const newcomer = generateKeyPair();
    await registerIdentity(client, newcomer, { kind: 'HUMAN', handle: 'newcomer_t' });
    const { code, invite } = await createInvite(client, erin, {
      maxUses: 1,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    expect(invite.inviter.did).toBe(erin.did);
    const accepted = await acceptInvite(client, newcomer, code);
    expect(accepted.invite.uses).toBe(1);
    expect(accepted.vouches.map((v) => [v.from.did, v.to.did])).toEqual([
      [erin.did, newcomer.did],
      [newcomer.did, erin.did],
    ]);
    expect(await isTrusted(client, newcomer.did, erin.did, 1)).toBe(true);
    expect(await codeOf(acceptInvite(client, people.carol, code))).toBe('CONFLICT');
  });

  it('attestations: typed, listed with signatures (vouches included), revocable', async () => {
    const { alice, carol } = people;
    const a = await attest(client, alice, carol.did, 'event.attendance', { claim: '{"event":"launch"}' });
    const { identity } = await client.request(AttestationsDocument, { did: carol.did });
    const types = identity!.attestations!.map((x) => x.type).sort();
    expect(types).toContain('event.attendance');
    expect(types).toContain('vouch');
    expect(identity!.attestations!.find((x) => x.id === a.id)?.issuer.profile?.handle).toBe('alice_t');
    const revoked = await revokeAttestation(client, alice, a.id);
    expect(revoked.active).toBe(false);
    const after = await client.request(AttestationsDocument, { did: carol.did, type: 'event.attendance' });
    expect(after.identity?.attestations).toEqual([]);
  });
});
