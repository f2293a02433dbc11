import { decryptChatMessage, generateKeyPair, type KeyPair } from '@imajin/protocol';
import {
  chatMessages,
  ChatProofTypes,
  createChatGroup,
  listConversations,
  markChatRead,
  MessageWithSenderDocument,
  proofFor,
  registerIdentity,
  SendMessageDocument,
  sendChatMessage,
  sendEncryptedChatMessage,
  signIn,
  startDirectChat,
  vouchFor,
  type ImajinClient,
} from '@imajin/sdk';

import { codeOf, startStack, type Stack } from './stack';

describe('chat through the gateway', () => {
  let stack: Stack;
  const people: Record<string, { kp: KeyPair; client: ImajinClient }> = {};

  beforeAll(async () => {
    // Opening a DM needs the peer to trust the initiator within 2 hops (asked of trust via the gateway).
    stack = await startStack({ env: { chat: { CHAT_DM_MAX_TRUST_HOPS: '2' } } });
    for (const name of ['alice', 'bob', 'carol']) {
      const kp = generateKeyPair();
      const client = stack.client();
      await registerIdentity(client, kp, { kind: 'HUMAN', handle: `${name}_c` });
      await signIn(client, kp);
      people[name] = { kp, client };
    }
  });
  afterAll(() => stack.stop());

  const messageCount = async () =>
    Number((await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM chat.messages'))[0].n);

  it('exchanges signed messages in a group, with profiles resolved from identity', async () => {
    const { alice, bob, carol } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Plans', members: [bob.kp.did] });
    expect(group).toMatchObject({ kind: 'GROUP', memberCount: 2, viewerRole: 'ADMIN' });
    const sent = await sendChatMessage(alice.client, alice.kp, group.id, 'hello bob');
    await sendChatMessage(bob.client, bob.kp, group.id, 'hi alice', { replyTo: sent.id });

    const history = await chatMessages(bob.client, group.id);
    expect(history.map((m) => [m.seq, m.body, m.sender.did])).toEqual([
      [1, 'hello bob', alice.kp.did],
      [2, 'hi alice', bob.kp.did],
    ]);
    const { message } = await bob.client.request(MessageWithSenderDocument, { id: sent.id });
    expect(message?.sender.profile?.handle).toBe('alice_c');

    const list = await listConversations(bob.client);
    expect(list.edges.map((e) => [e.node.id, e.node.unreadCount, e.node.lastMessage?.body])).toEqual([
      [group.id, 1, 'hi alice'],
    ]);
    const read = await markChatRead(bob.client, bob.kp, group.id, 1);
    expect(read.unreadCount).toBe(0);

    expect(await codeOf(chatMessages(carol.client, group.id))).toBe('FORBIDDEN');
    expect(await codeOf(sendChatMessage(carol.client, carol.kp, group.id, 'let me in'))).toBe('FORBIDDEN');
    expect(await codeOf(chatMessages(stack.client(), group.id))).toBe('UNAUTHENTICATED');
  });

  it('rejects a forged signature and writes nothing', async () => {
    const { alice, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Forgery', members: [bob.kp.did] });
    const before = await messageCount();
    const input = { conversationId: group.id, body: 'I owe bob nothing', clientId: 'f1' };
    const proof = proofFor(ChatProofTypes.message, input, bob.kp);
    const forged = alice.client.request(SendMessageDocument, {
      input: { ...input, body: 'I owe bob 1000' },
      proof,
    });
    expect(await codeOf(forged)).toBe('BAD_SIGNATURE');
    // Signed by alice but claiming to be bob.
    const impostor = alice.client.request(SendMessageDocument, {
      input,
      proof: { ...proofFor(ChatProofTypes.message, input, alice.kp), signer: bob.kp.did },
    });
    expect(await codeOf(impostor)).toBe('BAD_SIGNATURE');
    expect(await messageCount()).toBe(before);
  });

  it('opens direct conversations only within the trust hops the peer grants', async () => {
    const { alice, bob, carol } = people;
    expect(await codeOf(startDirectChat(carol.client, carol.kp, bob.kp.did))).toBe('FORBIDDEN');
    await vouchFor(bob.client, bob.kp, alice.kp.did, { weight: 50 });
    const dm = await startDirectChat(alice.client, alice.kp, bob.kp.did);
    expect(dm).toMatchObject({ kind: 'DIRECT', memberCount: 2 });
    // The same pair gets the same conversation, whoever asks.
    expect((await startDirectChat(bob.client, bob.kp, alice.kp.did)).id).toBe(dm.id);
  });

  it('carries end-to-end encrypted messages the server cannot read', async () => {
    const { alice, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, {
      title: 'Secret',
      members: [bob.kp.did],
      encrypted: true,
    });
    expect(group.encrypted).toBe(true);
    const sent = await sendEncryptedChatMessage(alice.client, alice.kp, group.id, 'the eagle lands', [
      { did: bob.kp.did, publicKey: bob.kp.publicKey },
    ]);
    const stored = await stack.sql<{ body: string }>('SELECT body FROM chat.messages WHERE id = $1', [
      sent.id,
    ]);
    expect(stored[0].body).not.toContain('eagle');
    const [received] = await chatMessages(bob.client, group.id);
    expect(await decryptChatMessage(received.body!, bob.kp, alice.kp.publicKey, group.id)).toBe(
      'the eagle lands',
    );
  });
});
