import WebSocket from 'ws';

import { generateKeyPair, type KeyPair } from '@imajin/protocol';
import {
  chatMessages,
  ChatProofTypes,
  createChatGroup,
  ImajinRequestError,
  ImajinSubscriptionClient,
  LiveMessagesDocument,
  proofFor,
  registerIdentity,
  SendMessageDocument,
  sendChatMessage,
  signIn,
  type ImajinClient,
  type LiveMessagesSubscription,
  type Subscription,
} from '@imajin/sdk';

import { startStack, type Stack } from './stack';

type Live = LiveMessagesSubscription['messageAdded'];

interface Person {
  kp: KeyPair;
  client: ImajinClient;
  token: string;
}

/** Collects a subscription's events in the background, so a test can send and then look. */
function collect(subscription: Subscription<LiveMessagesSubscription>) {
  const events: Live[] = [];
  const done = (async () => {
    try {
      for await (const event of subscription) events.push(event.messageAdded);
      return undefined;
    } catch (error) {
      return error;
    }
  })();
  return { events, done };
}

async function until(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A subscription is open upstream once chat has registered it; give the hop a moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('chat live through the gateway (graphql-ws)', () => {
  let stack: Stack;
  const people: Record<string, Person> = {};
  const sockets: ImajinSubscriptionClient[] = [];
  const live = (person?: Person) => {
    const socket = new ImajinSubscriptionClient({
      url: stack.gatewayUrl,
      token: person?.token,
      webSocketImpl: WebSocket,
    });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    // Two chat processes on one database behind one gateway: subscriptions alternate between them.
    stack = await startStack({ chatInstances: 2 });
    for (const name of ['alice', 'bob', 'carol']) {
      const kp = generateKeyPair();
      const client = stack.client();
      await registerIdentity(client, kp, { kind: 'HUMAN', handle: `${name}_live` });
      const session = await signIn(client, kp);
      people[name] = { kp, client, token: session.token };
    }
  });

  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.close()));
  });

  afterAll(() => stack.stop());

  it('delivers signed messages live to both members, with the sender profile from identity', async () => {
    const { alice, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Live', members: [bob.kp.did] });
    const aliceSees = collect(live(alice).subscribe(LiveMessagesDocument, { conversationId: group.id }));
    const bobSees = collect(live(bob).subscribe(LiveMessagesDocument, { conversationId: group.id }));
    await settle();

    const first = await sendChatMessage(alice.client, alice.kp, group.id, 'hello bob, live');
    await sendChatMessage(bob.client, bob.kp, group.id, 'hi alice, live', { replyTo: first.id });
    await until(() => aliceSees.events.length === 2 && bobSees.events.length === 2);

    const expected = [
      { seq: 1, body: 'hello bob, live', sender: { did: alice.kp.did, profile: { handle: 'alice_live' } } },
      { seq: 2, body: 'hi alice, live', sender: { did: bob.kp.did, profile: { handle: 'bob_live' } } },
    ];
    expect(bobSees.events).toMatchObject(expected);
    expect(aliceSees.events).toMatchObject(expected);
    expect(bobSees.events[0].signature).toBe(first.signature);

    // A client that missed events catches up from its last cursor over HTTP, gap-free.
    const missed = await chatMessages(bob.client, group.id, { after: bobSees.events[0].cursor });
    expect(missed.map((m) => m.seq)).toEqual([2]);
  });

  it('refuses the subscription of a non-member and of an anonymous client', async () => {
    const { alice, bob, carol } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Closed', members: [bob.kp.did] });
    const carolSees = collect(live(carol).subscribe(LiveMessagesDocument, { conversationId: group.id }));
    const anonSees = collect(live().subscribe(LiveMessagesDocument, { conversationId: group.id }));
    const carolError = await carolSees.done;
    const anonError = await anonSees.done;
    expect(carolError).toBeInstanceOf(ImajinRequestError);
    expect((carolError as ImajinRequestError).code).toBe('FORBIDDEN');
    expect((anonError as ImajinRequestError).code).toBe('UNAUTHENTICATED');
    await sendChatMessage(alice.client, alice.kp, group.id, 'members only');
    await settle();
    expect(carolSees.events).toEqual([]);
  });

  it('closes a connection with a forged session token', async () => {
    const forged = new ImajinSubscriptionClient({
      url: stack.gatewayUrl,
      token: 'not-a-session',
      webSocketImpl: WebSocket,
    });
    sockets.push(forged);
    const { done } = collect(forged.subscribe(LiveMessagesDocument, { conversationId: 'any' }));
    expect(((await done) as ImajinRequestError).code).toBe('UNAUTHENTICATED');
  });

  it('rejects a forged signature, writes nothing and delivers nothing', async () => {
    const { alice, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, { title: 'Forgery', members: [bob.kp.did] });
    const bobSees = collect(live(bob).subscribe(LiveMessagesDocument, { conversationId: group.id }));
    await settle();
    const input = { conversationId: group.id, body: 'from alice, honest', clientId: 'forged-1' };
    const proof = proofFor(ChatProofTypes.message, input, alice.kp);
    const error = await bob.client
      .request(SendMessageDocument, { input: { ...input, body: 'from alice, forged' }, proof })
      .catch((e: unknown) => e);
    expect((error as ImajinRequestError).code).toBe('BAD_SIGNATURE');
    const stored = await stack.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM chat.messages WHERE body LIKE $1',
      ['from alice,%'],
    );
    expect(stored[0].n).toBe(0);
    await sendChatMessage(alice.client, alice.kp, group.id, 'the real one');
    await until(() => bobSees.events.length === 1);
    await settle();
    expect(bobSees.events.map((e) => e.body)).toEqual(['the real one']);
  });

  it('delivers on both chat instances though only one of them took the writes', async () => {
    expect(stack.extraChats).toHaveLength(1);
    const { alice, bob } = people;
    const group = await createChatGroup(alice.client, alice.kp, {
      title: 'Two nodes',
      members: [bob.kp.did],
    });
    // Four connections alternate between the two chat processes (round robin in the gateway).
    const watchers = [alice, bob, alice, bob].map((p) =>
      collect(live(p).subscribe(LiveMessagesDocument, { conversationId: group.id })),
    );
    await settle();
    await sendChatMessage(alice.client, alice.kp, group.id, 'one');
    await sendChatMessage(bob.client, bob.kp, group.id, 'two');
    await until(() => watchers.every((w) => w.events.length === 2));
    for (const w of watchers) expect(w.events.map((e) => e.body)).toEqual(['one', 'two']);
  });
});
