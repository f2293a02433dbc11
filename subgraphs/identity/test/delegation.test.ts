import { generateKeyPair, type KeyPair } from '@imajin/protocol';
import { callService, DELEGATION_ROUTE, ManualClock, nodeKeysFromMaster } from '@imajin/subgraph-common';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const DELEGATE = `mutation($input: DelegateInput!, $proof: ProofInput!) {
  delegate(input: $input, proof: $proof) { id scopes active maxUsesPerDay usesLast24h person { did } agent { did } }
}`;
const HOUR_MS = 60 * 60_000;

describe('delegations (identity)', () => {
  let h: IdentityHarness;
  const clock = new ManualClock('2026-06-01T12:00:00.000Z');
  const person = generateKeyPair();
  const agent = generateKeyPair();
  const stranger = generateKeyPair();

  const register = (kp: KeyPair, kind: string) => {
    const input = { did: kp.did, kind };
    return h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
  };
  const grant = async (scopes: string[], extra: Record<string, unknown> = {}) => {
    const input = {
      agent: agent.did,
      scopes,
      expiresAt: new Date(clock.now().getTime() + HOUR_MS).toISOString(),
      ...extra,
    };
    const res = await h.gql<{ delegate: { id: string } }>(DELEGATE, {
      input,
      proof: proofFor('mjn.identity.delegate', input, person, clock.now()),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.delegate.id;
  };
  const authorise = (body: unknown) =>
    callService<{ delegationId: string }>(
      nodeKeysFromMaster(h.identity.config.nodeMasterKey),
      h.identity.url.replace(/\/graphql$/, DELEGATION_ROUTE),
      body,
    );

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
    await register(person, 'HUMAN');
    await register(agent, 'AGENT');
    await register(stranger, 'HUMAN');
  });
  afterAll(() => h.stop());

  it('authorises a covered action for node services only, counting uses against the daily limit', async () => {
    const id = await grant(['mjn.chat.message'], {
      maxUsesPerDay: 2,
      expiresAt: new Date(clock.now().getTime() + 48 * HOUR_MS).toISOString(),
    });
    const request = { person: person.did, agent: agent.did, action: 'mjn.chat.message' };
    await expect(authorise(request)).resolves.toEqual({ delegationId: id });
    await expect(authorise(request)).resolves.toEqual({ delegationId: id });
    await expect(authorise(request)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    // Uses count over a rolling 24 hours; after its expiry the delegation covers nothing.
    clock.advance(25 * HOUR_MS);
    await expect(authorise(request)).resolves.toEqual({ delegationId: id });
    clock.advance(24 * HOUR_MS);
    await expect(authorise(request)).rejects.toThrow(/expired/);
    clock.advance(-49 * HOUR_MS);

    // Another node's key cannot ask.
    const other = nodeKeysFromMaster(new Uint8Array(32).fill(3));
    await expect(
      callService(other, h.identity.url.replace(/\/graphql$/, DELEGATION_ROUTE), request),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(authorise({ person: person.did })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('names the missing scope when the delegation does not cover the action', async () => {
    await grant(['mjn.trust.vouch']);
    await expect(
      authorise({ person: person.did, agent: agent.did, action: 'mjn.trust.revokeVouch' }),
    ).rejects.toThrow(/mjn\.trust\.revokeVouch/);
    await expect(
      authorise({ person: stranger.did, agent: agent.did, action: 'mjn.trust.vouch' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('resolves Delegation references for its two parties only', async () => {
    const id = await grant(['mjn.trust.vouch']);
    const ask = (viewer: string | null) =>
      queryEntities<{ id: string; scopes: string[] }>(
        h.identity.url,
        h.gateway.headers(viewer),
        [
          { __typename: 'Delegation', id },
          { __typename: 'Delegation', id: '00000000-0000-4000-8000-000000000000' },
        ],
        'Delegation',
        'id scopes',
      );
    expect((await ask(person.did)).data!._entities).toEqual([{ id, scopes: ['mjn.trust.vouch'] }, null]);
    expect((await ask(agent.did)).data!._entities[0]).toEqual({ id, scopes: ['mjn.trust.vouch'] });
    expect((await ask(stranger.did)).data!._entities).toEqual([null, null]);
    expect((await ask(null)).data!._entities).toEqual([null, null]);
  });

  it('refuses a delegation that is out of bounds, writing nothing', async () => {
    const before = await h.count('delegations');
    const bad = async (extra: Record<string, unknown>) => {
      const input = {
        agent: agent.did,
        scopes: ['mjn.trust.vouch'],
        expiresAt: new Date(clock.now().getTime() + HOUR_MS).toISOString(),
        ...extra,
      };
      const res = await h.gql(DELEGATE, {
        input,
        proof: proofFor('mjn.identity.delegate', input, person, clock.now()),
      });
      return res.errors?.[0]?.extensions?.code;
    };
    expect(await bad({ expiresAt: new Date(clock.now().getTime() - 1000).toISOString() })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await bad({ expiresAt: new Date(clock.now().getTime() + 400 * 24 * HOUR_MS).toISOString() })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await bad({ scopes: [] })).toBe('BAD_USER_INPUT');
    expect(await bad({ scopes: ['mjn.trust.vouch', 'mjn.trust.vouch'] })).toBe('BAD_USER_INPUT');
    expect(await bad({ maxUsesPerDay: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad({ agent: person.did })).toBe('BAD_USER_INPUT');
    expect(await h.count('delegations')).toBe(before);
  });
});
