import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import {
  AddConversationMemberDocument,
  createChatGroup,
  delegate,
  DelegateDocument,
  ImajinRequestError,
  listDelegations,
  onBehalfOf,
  proofFor,
  registerIdentity,
  revokeDelegation,
  RevokeDelegationDocument,
  revokeVouch,
  sendChatMessage,
  signIn,
  vouchFor,
  VouchDocument,
  type ImajinClient,
} from '@imajin/sdk';

import { codeOf, startStack, type Stack } from './stack';

const DAY_MS = 24 * 60 * 60_000;

/** The error a request through the SDK failed with (code, message, extensions). */
async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; missingScope?: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImajinRequestError) {
      const first = error.errors[0];
      return {
        code: error.code ?? 'NONE',
        message: first.message,
        missingScope: first.extensions?.missingScope,
      };
    }
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('delegations through the gateway', () => {
  let stack: Stack;
  const people: Record<string, { kp: KeyPair; client: ImajinClient }> = {};

  beforeAll(async () => {
    stack = await startStack();
    const kinds = {
      alice: 'HUMAN',
      bob: 'HUMAN',
      carol: 'HUMAN',
      mallory: 'HUMAN',
      agent: 'AGENT',
      bot: 'AGENT',
    };
    for (const [name, kind] of Object.entries(kinds)) {
      const kp = generateKeyPair();
      const client = stack.client();
      await registerIdentity(client, kp, { kind: kind as 'HUMAN' | 'AGENT', handle: `${name}_dg` });
      await signIn(client, kp);
      people[name] = { kp, client };
    }
  });
  afterAll(() => stack.stop());

  const count = async (table: string) =>
    Number((await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const inADay = () => new Date(Date.now() + DAY_MS);

  it('lets an agent vouch for the person who delegated it, recording both; other scopes, revocation FORBIDDEN', async () => {
    const { alice, bob, carol, agent } = people;
    const grant = await delegate(alice.client, alice.kp, agent.kp.did, {
      scopes: ['mjn.trust.vouch'],
      expiresAt: inADay(),
    });
    expect(grant).toMatchObject({
      scopes: ['mjn.trust.vouch'],
      active: true,
      person: { did: alice.kp.did },
      agent: { did: agent.kp.did },
    });

    // The agent signs; the vouch is alice's, and the row records the agent.
    const vouch = await vouchFor(agent.client, onBehalfOf(agent.kp, alice.kp.did), bob.kp.did, {
      weight: 40,
    });
    expect(vouch).toMatchObject({
      from: { did: alice.kp.did },
      to: { did: bob.kp.did },
      agent: { did: agent.kp.did },
    });
    expect(JSON.parse(vouch.signedPayload)).toMatchObject({ signer: agent.kp.did, onBehalfOf: alice.kp.did });
    const [row] = await stack.sql('SELECT from_did, agent_did FROM trust.vouches WHERE id = $1', [vouch.id]);
    expect(row).toEqual({ from_did: alice.kp.did, agent_did: agent.kp.did });

    // Chat was never delegated: FORBIDDEN, naming the scope, and no message written.
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Plans', members: [bob.kp.did] });
    const messages = await count('chat.messages');
    const chat = await failure(
      sendChatMessage(agent.client, onBehalfOf(agent.kp, alice.kp.did), group.id, 'hi'),
    );
    expect(chat).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.chat.message' });
    expect(chat.message).toContain('mjn.chat.message');
    expect(await count('chat.messages')).toBe(messages);

    // Revoked: the very next delegated request is refused, and nothing is written.
    await revokeDelegation(alice.client, alice.kp, grant.id);
    const vouches = await count('trust.vouches');
    const after = await failure(
      vouchFor(agent.client, onBehalfOf(agent.kp, alice.kp.did), carol.kp.did, { weight: 40 }),
    );
    expect(after).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.trust.vouch' });
    expect(after.message).toMatch(/revoked/);
    expect(await count('trust.vouches')).toBe(vouches);
  });

  it('lets an agent send chat for a person when chat is delegated; the message is theirs and names the agent', async () => {
    const { bob, carol, bot } = people;
    await delegate(bob.client, bob.kp, bot.kp.did, { scopes: ['mjn.chat.message'], expiresAt: inADay() });
    const group = await createChatGroup(bob.client, bob.kp, { title: 'Bots', members: [carol.kp.did] });
    const sent = await sendChatMessage(
      bot.client,
      onBehalfOf(bot.kp, bob.kp.did),
      group.id,
      'sent by my agent',
    );
    expect(sent).toMatchObject({ sender: { did: bob.kp.did }, agent: { did: bot.kp.did } });
    // Vouching was not delegated to this agent.
    expect(
      await failure(vouchFor(bot.client, onBehalfOf(bot.kp, bob.kp.did), carol.kp.did, { weight: 10 })),
    ).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.trust.vouch' });
    // Not in an encrypted conversation: the agent does not hold bob's keys.
    const sealed = await createChatGroup(bob.client, bob.kp, {
      title: 'Sealed',
      members: [carol.kp.did],
      encrypted: true,
    });
    expect(
      await codeOf(sendChatMessage(bot.client, onBehalfOf(bot.kp, bob.kp.did), sealed.id, 'plain')),
    ).toBe('FORBIDDEN');
    // An agent acting for someone who never delegated to it.
    expect(
      await failure(sendChatMessage(bot.client, onBehalfOf(bot.kp, carol.kp.did), group.id, 'impostor')),
    ).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.chat.message' });

    // Once bob revokes, even an identical retry of an accepted message is refused.
    const [grant] = await listDelegations(bob.client, bob.kp.did);
    await revokeDelegation(bob.client, bob.kp, grant.id);
    const retry = sendChatMessage(bot.client, onBehalfOf(bot.kp, bob.kp.did), group.id, 'sent by my agent', {
      clientId: sent.clientId,
    });
    expect(await codeOf(retry)).toBe('FORBIDDEN');
  });

  it('refuses an expired delegation', async () => {
    const { carol, bob, agent } = people;
    await delegate(carol.client, carol.kp, agent.kp.did, {
      scopes: ['mjn.trust.vouch'],
      expiresAt: new Date(Date.now() + 60_000),
    });
    // Server time moves 2 minutes on; proofs signed now stay inside the ±5 minute window.
    stack.clock.offsetMs = 2 * 60_000;
    try {
      const vouches = await count('trust.vouches');
      const expired = await failure(
        vouchFor(agent.client, onBehalfOf(agent.kp, carol.kp.did), bob.kp.did, { weight: 5 }),
      );
      expect(expired).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.trust.vouch' });
      expect(expired.message).toMatch(/expired/);
      expect(await count('trust.vouches')).toBe(vouches);
    } finally {
      stack.clock.offsetMs = 0;
    }
  });

  it('lets an agent revoke a vouch it gave for the person when revokeVouch is delegated', async () => {
    const { carol, alice, agent } = people;
    await delegate(carol.client, carol.kp, agent.kp.did, {
      scopes: ['mjn.trust.vouch', 'mjn.trust.revokeVouch'],
      expiresAt: inADay(),
    });
    const asCarol = onBehalfOf(agent.kp, carol.kp.did);
    const given = await vouchFor(agent.client, asCarol, alice.kp.did, { weight: 20 });
    const revoked = await revokeVouch(agent.client, asCarol, given.id);
    expect(revoked).toMatchObject({ from: { did: carol.kp.did }, active: false });
    expect(JSON.parse(revoked.revokeSignedPayload!)).toMatchObject({ onBehalfOf: carol.kp.did });
  });

  it('enforces the daily limit of a delegation', async () => {
    const { mallory, bob, carol, bot } = people;
    await delegate(mallory.client, mallory.kp, bot.kp.did, {
      scopes: ['mjn.trust.vouch'],
      expiresAt: inADay(),
      maxUsesPerDay: 1,
    });
    await vouchFor(bot.client, onBehalfOf(bot.kp, mallory.kp.did), bob.kp.did, { weight: 5 });
    expect(
      await codeOf(vouchFor(bot.client, onBehalfOf(bot.kp, mallory.kp.did), carol.kp.did, { weight: 5 })),
    ).toBe('RATE_LIMITED');
  });

  it('refuses tampered, replayed, unsigned and unauthorised delegation proofs, writing nothing', async () => {
    const { alice, bob, mallory, agent } = people;
    const input = { agent: agent.kp.did, scopes: ['mjn.trust.vouch'], expiresAt: inADay().toISOString() };
    const proof = proofFor('mjn.identity.delegate', input, alice.kp);
    const before = await count('identity.delegations');

    // Tampered: the proof covered one scope, the input asks for two.
    const tampered = { ...input, scopes: ['mjn.trust.vouch', 'mjn.chat.message'] };
    expect(await codeOf(alice.client.request(DelegateDocument, { input: tampered, proof }))).toBe(
      'BAD_SIGNATURE',
    );
    // Malformed signature.
    expect(
      await codeOf(alice.client.request(DelegateDocument, { input, proof: { ...proof, signature: 'nope' } })),
    ).toBe('BAD_SIGNATURE');
    // Signed by someone else than the key it claims.
    const forged = { ...proofFor('mjn.identity.delegate', input, mallory.kp), signer: alice.kp.did };
    expect(await codeOf(alice.client.request(DelegateDocument, { input, proof: forged }))).toBe(
      'BAD_SIGNATURE',
    );
    // Unsigned: no proof at all is refused before any resolver runs.
    expect(await codeOf(alice.client.request(DelegateDocument, { input } as never))).not.toBe('OK');
    expect(await count('identity.delegations')).toBe(before);

    // A delegated proof whose onBehalfOf was swapped after signing does not verify.
    const vouchInput = { to: bob.kp.did, weight: 5 };
    const signedFor = proofFor('mjn.trust.vouch', vouchInput, onBehalfOf(agent.kp, alice.kp.did));
    expect(
      await codeOf(
        agent.client.request(VouchDocument, {
          input: vouchInput,
          proof: { ...signedFor, onBehalfOf: mallory.kp.did },
        }),
      ),
    ).toBe('BAD_SIGNATURE');

    // Once accepted, the same proof again is a replay.
    await alice.client.request(DelegateDocument, { input, proof });
    const replay = await failure(alice.client.request(DelegateDocument, { input, proof }));
    expect(replay.code).toBe('BAD_SIGNATURE');
    expect(replay.message).toMatch(/replayed/);
    expect(await count('identity.delegations')).toBe(before + 1);

    // An agent cannot delegate, nobody can delegate to a human, and scopes outside the catalogue are refused.
    expect(
      await codeOf(
        delegate(agent.client, agent.kp, people.bot.kp.did, {
          scopes: ['mjn.trust.vouch'],
          expiresAt: inADay(),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        delegate(alice.client, alice.kp, bob.kp.did, { scopes: ['mjn.trust.vouch'], expiresAt: inADay() }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(
        delegate(alice.client, alice.kp, agent.kp.did, {
          scopes: ['mjn.identity.deactivate'],
          expiresAt: inADay(),
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await count('identity.delegations')).toBe(before + 1);

    // Only its person or its agent may revoke it; a revoke proof cannot be replayed.
    const [{ id }] = await stack.sql<{ id: string }>(
      'SELECT id FROM identity.delegations WHERE owner_did = $1 ORDER BY created_at DESC LIMIT 1',
      [alice.kp.did],
    );
    expect(await codeOf(revokeDelegation(mallory.client, mallory.kp, id))).toBe('FORBIDDEN');
    const revokeProof = proofFor('mjn.identity.revokeDelegation', { id }, agent.kp);
    await agent.client.request(RevokeDelegationDocument, { id, proof: revokeProof });
    expect(await codeOf(agent.client.request(RevokeDelegationDocument, { id, proof: revokeProof }))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('refuses onBehalfOf on actions that cannot be delegated', async () => {
    const { alice, agent, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'x', members: [bob.kp.did] });
    const input = { conversationId: group.id, member: agent.kp.did, admin: false };
    const { proof } = signPayload('mjn.chat.addMember', input, agent.kp, { onBehalfOf: alice.kp.did });
    const answer = await failure(agent.client.request(AddConversationMemberDocument, { input, proof }));
    expect(answer).toMatchObject({ code: 'FORBIDDEN', missingScope: 'mjn.chat.addMember' });
  });

  it('shows delegations only to their two parties', async () => {
    const { alice, agent, mallory } = people;
    const mine = await listDelegations(alice.client, alice.kp.did, true);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.person?.did === alice.kp.did || d.agent?.did === alice.kp.did)).toBe(true);
    const agentsView = await listDelegations(agent.client, alice.kp.did, true);
    expect(agentsView.every((d) => d.agent?.did === agent.kp.did)).toBe(true);
    expect(await listDelegations(mallory.client, alice.kp.did, true)).toEqual([]);
    expect(await codeOf(listDelegations(stack.client(), alice.kp.did))).toBe('UNAUTHENTICATED');
  });
});
