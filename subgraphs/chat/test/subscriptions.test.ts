import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { VIEWER_HEADER } from '@imajin/subgraph-common';

import { collect, startChatHarness, type ChatHarness } from './harness';
import { codeOf, group, MESSAGES, REMOVE_MEMBER, send, signed, until } from './helpers';

const MESSAGE_ADDED = `subscription($c: ID!) { messageAdded(conversationId: $c) { id seq body cursor sender { did } conversation { id } } }`;
const MESSAGE_UPDATED = `subscription($c: ID!) { messageUpdated(conversationId: $c) { id body revision deletedAt } }`;
const CONVERSATION_UPDATED = `subscription { conversationUpdated { id lastSeq unreadCount lastMessage { body } } }`;
const TYPING = `subscription($c: ID!) { typing(conversationId: $c) { conversationId identity { did } typing expiresAt } }`;

type Added = {
  messageAdded: { id: string; seq: number; body: string; cursor: string; sender: { did: string } };
};

describe('chat subscriptions (graphql-ws on the subgraph)', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness({ instances: 2, typingTimeoutMs: 500 });
  });
  afterAll(() => h.stop());

  const subs = (i: number) => h.chats[i].services.events.subscriptionCount;

  it('delivers each new message to members, in order, with federated keys', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const before = subs(0);
    const sub = collect<Added>(h.ws(b.did), MESSAGE_ADDED, { c: g.id });
    await until(() => subs(0) === before + 1, 'the subscription');
    const sent = [];
    for (let i = 1; i <= 5; i++) sent.push(await send(h, a, g.id, `m${i}`));
    await sub.next(5);
    expect(sub.events.map((e) => e.data?.messageAdded.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(sub.events[0].data?.messageAdded).toMatchObject({
      id: sent[0].id,
      body: 'm1',
      sender: { did: a.did },
      conversation: { id: g.id },
    });
    sub.unsubscribe();
    await until(() => subs(0) === before, 'the unsubscribe');
  });

  it('delivers on instance B a message sent through instance A (LISTEN/NOTIFY)', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const before = subs(1);
    const sub = collect<Added>(h.ws(b.did, 1), MESSAGE_ADDED, { c: g.id });
    await until(() => subs(1) === before + 1, 'the subscription on B');
    const m = await send(h, a, g.id, 'across instances'); // h.gql posts to instance 0
    await sub.next(1);
    expect(sub.events[0].data?.messageAdded).toMatchObject({ id: m.id, body: 'across instances' });
    sub.unsubscribe();
  });

  it('refuses a non-member with FORBIDDEN at subscribe time', async () => {
    const [a, b, stranger] = [h.identity(), h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    for (const query of [MESSAGE_ADDED, MESSAGE_UPDATED, TYPING]) {
      const sub = collect(h.ws(stranger.did), query, { c: g.id });
      await sub.ended();
      expect(sub.events[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = collect(h.ws(null), MESSAGE_ADDED, { c: g.id });
    await anonymous.ended();
    expect(anonymous.events[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('closes a connection without a valid gateway viewer assertion (4403)', async () => {
    const closed: number[] = [];
    for (const params of [{}, { [VIEWER_HEADER]: 'forged' }, { [VIEWER_HEADER]: 42 }]) {
      const client = createClient({
        url: h.chats[0].wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: params,
      });
      const sub = collect(client, MESSAGE_ADDED, { c: '00000000-0000-4000-8000-000000000000' });
      await sub.ended();
      closed.push((sub.failure as { code?: number }).code ?? 0);
      await client.dispose();
    }
    expect(closed).toEqual([4403, 4403, 4403]);
    // An assertion signed by another key (not the gateway's) is refused too.
    const other = new (await import('@imajin/subgraph-common/testing')).TestGatewayKey('chat');
    const client = createClient({
      url: h.chats[0].wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { [VIEWER_HEADER]: other.headers('did:mjn:x')[VIEWER_HEADER] },
    });
    const sub = collect(client, MESSAGE_ADDED, { c: '00000000-0000-4000-8000-000000000000' });
    await sub.ended();
    expect((sub.failure as { code?: number }).code).toBe(4403);
    await client.dispose();
  });

  it('lets one gateway connection carry many viewers (per-operation assertion in extensions)', async () => {
    const [a, b, stranger] = [h.identity(), h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const shared = h.ws(null);
    const viewerExt = (did: string | null) => ({ [VIEWER_HEADER]: h.gateway.headers(did)[VIEWER_HEADER] });
    const before = subs(0);
    const member = collect<Added>(shared, MESSAGE_ADDED, { c: g.id }, viewerExt(b.did));
    await until(() => subs(0) === before + 1, 'the member subscription');
    const refused = collect(shared, MESSAGE_ADDED, { c: g.id }, viewerExt(stranger.did));
    await refused.ended();
    expect(refused.events[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = collect(shared, MESSAGE_ADDED, { c: g.id }, { [VIEWER_HEADER]: 'forged' });
    await forged.ended();
    expect((forged.failure as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // Without an extension the connection's viewer (anonymous here) applies.
    const anonymous = collect(shared, MESSAGE_ADDED, { c: g.id });
    await anonymous.ended();
    expect(anonymous.events[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await send(h, a, g.id, 'multiplexed');
    await member.next(1);
    expect(member.events[0].data?.messageAdded.body).toBe('multiplexed');
    member.unsubscribe();
  });

  it('answers invalid documents with GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED', async () => {
    const client = h.ws(h.identity().did);
    const invalid = collect(client, 'subscription { messageAdded(conversationId: "x") { nope } }');
    await invalid.ended();
    expect((invalid.failure as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const broken = collect(client, 'subscription {');
    await broken.ended();
    expect((broken.failure as Array<{ extensions: { code: string } }>)[0].extensions.code).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('ends the subscriptions of a removed member', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const before = subs(1);
    const sub = collect<Added>(h.ws(b.did, 1), MESSAGE_ADDED, { c: g.id });
    await until(() => subs(1) === before + 1, 'the subscription');
    await signed(
      h,
      REMOVE_MEMBER,
      'removeConversationMember',
      'mjn.chat.removeMember',
      { conversationId: g.id, member: b.did },
      a,
    );
    await sub.ended();
    expect(sub.events).toEqual([]);
  });

  it('publishes edits, deletes, conversation changes and typing with its timeout', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const before = subs(0);
    const updates = collect<{ messageUpdated: { body: string | null; revision: number } }>(
      h.ws(b.did),
      MESSAGE_UPDATED,
      { c: g.id },
    );
    const convs = collect<{
      conversationUpdated: { id: string; unreadCount: number; lastMessage: { body: string } };
    }>(h.ws(b.did), CONVERSATION_UPDATED);
    const typing = collect<{ typing: { identity: { did: string }; typing: boolean } }>(h.ws(b.did), TYPING, {
      c: g.id,
    });
    await until(() => subs(0) === before + 3, 'three subscriptions');

    const m = await send(h, a, g.id, 'first');
    await convs.next(1);
    expect(convs.events[0].data?.conversationUpdated).toMatchObject({
      id: g.id,
      unreadCount: 1,
      lastMessage: { body: 'first' },
    });

    await signed(
      h,
      `mutation($input: EditMessageInput!, $proof: ProofInput!) { editMessage(input: $input, proof: $proof) { id } }`,
      'editMessage',
      'mjn.chat.editMessage',
      { messageId: m.id, body: 'first (edited)' },
      a,
    );
    await signed(
      h,
      `mutation($input: DeleteMessageInput!, $proof: ProofInput!) { deleteMessage(input: $input, proof: $proof) { id } }`,
      'deleteMessage',
      'mjn.chat.deleteMessage',
      { messageId: m.id },
      a,
    );
    await updates.next(2);
    expect(updates.events.map((e) => e.data?.messageUpdated)).toMatchObject([
      { body: 'first (edited)', revision: 2 },
      { body: null, revision: 3 },
    ]);

    const res = await h.gql(
      `mutation($c: ID!) { setTyping(conversationId: $c, typing: true) }`,
      { c: g.id },
      a.did,
      1,
    );
    expect(res.data).toEqual({ setTyping: true });
    // The indicator lapses on its own (typingTimeoutMs) without a typing:false from the client.
    await typing.next(2);
    expect(typing.events.map((e) => [e.data?.typing.identity.did, e.data?.typing.typing])).toEqual([
      [a.did, true],
      [a.did, false],
    ]);
    const stranger = h.identity();
    const refused = await h.gql(
      `mutation($c: ID!) { setTyping(conversationId: $c, typing: true) }`,
      { c: g.id },
      stranger.did,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const malformed = await h.gql(
      `mutation($c: ID!) { setTyping(conversationId: $c, typing: true) }`,
      { c: 'nope' },
      a.did,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });

  it('drops a subscriber that falls behind without stalling the others (bounded queue)', async () => {
    const small = await startChatHarness({ subscriptionQueue: 3 });
    try {
      const [a, b] = [small.identity(), small.identity()];
      const g = await group(small, a, [b]);
      const events = small.chats[0].services.events;
      // A consumer that never reads: the queue object is what graphql-ws would iterate.
      const stuck = events.messageAdded(g.id, b.did, 0);
      const healthy = collect<Added>(small.ws(b.did), MESSAGE_ADDED, { c: g.id });
      await until(() => events.subscriptionCount === 2, 'both subscriptions');
      for (let i = 1; i <= 6; i++) await send(small, a, g.id, `m${i}`);
      await healthy.next(6);
      expect(healthy.events.map((e) => e.data?.messageAdded.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(stuck.isClosed).toBe(true);
      await expect(stuck.next()).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(events.subscriptionCount).toBe(1);
      healthy.unsubscribe();
    } finally {
      await small.stop();
    }
  });

  it('lets a reconnecting client catch up with messages(after:) and recovers a dropped listener', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const before = subs(1);
    const sub = collect<Added>(h.ws(b.did, 1), MESSAGE_ADDED, { c: g.id });
    await until(() => subs(1) === before + 1, 'the subscription');
    await send(h, a, g.id, 'one');
    await sub.next(1);
    // Kill every chat listener connection; instances reconnect and re-read what they missed.
    const connectsBefore = h.chats[1].services.events.connects;
    await h.sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'chat-listener' AND datname = current_database()`);
    await send(h, a, g.id, 'two');
    await send(h, a, g.id, 'three');
    await sub.next(3);
    expect(sub.events.map((e) => e.data?.messageAdded.body)).toEqual(['one', 'two', 'three']);
    expect(h.chats[1].services.events.connects).toBeGreaterThan(connectsBefore);

    // A client that was away resumes from the last cursor it saw.
    const last = sub.events[0].data!.messageAdded.cursor;
    const page = await h.gql<{ messages: Array<{ body: string }> }>(
      MESSAGES,
      { c: g.id, after: last },
      b.did,
    );
    expect(page.data?.messages.map((m) => m.body)).toEqual(['two', 'three']);
    sub.unsubscribe();
  });

  it('serves 1,000 concurrent subscriptions over 10 connections', async () => {
    const [a, b] = [h.identity(), h.identity()];
    const g = await group(h, a, [b]);
    const clients = Array.from({ length: 10 }, () => h.ws(b.did));
    const before = subs(0);
    const all = Array.from({ length: 1000 }, (_, i) =>
      collect<Added>(clients[i % 10], MESSAGE_ADDED, { c: g.id }),
    );
    await until(() => subs(0) === before + 1000, '1,000 subscriptions');
    for (let i = 1; i <= 3; i++) await send(h, a, g.id, `fan-out ${i}`);
    await Promise.all(all.map((s) => s.next(3)));
    for (const s of all)
      expect(s.events.map((e) => e.data?.messageAdded.body)).toEqual(['fan-out 1', 'fan-out 2', 'fan-out 3']);
    all.forEach((s) => s.unsubscribe());
    await until(() => subs(0) === before, 'all unsubscribed');
  });
});
