import { parse } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { start, type RunningGateway } from '../src/index';

import { startFeedSubgraphs, type FeedSubgraphs } from './feed-subgraph';
import {
  GOOD_TOKEN,
  VIEWER_DID,
  baseTypeDefs,
  gatewayKeys,
  startTestSubgraph,
  testConfig,
  writeTempSupergraph,
  type TestSubgraph,
  until,
} from './test-subgraph';

// The identity test subgraph resolves session tokens; feed + people carry the subscription.

interface Received {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

function wsClient(url: string, token?: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

/** Subscribes and collects results; `ready` resolves once the upstream subscription is open. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Received[] = [];
  let done: (error?: unknown) => void = () => undefined;
  const finished = new Promise<unknown>((resolve) => {
    done = resolve;
  });
  const unsubscribe = client.subscribe(
    { query, variables },
    { next: (r) => results.push(r as Received), error: (e) => done(e), complete: () => done() },
  );
  return { results, finished, unsubscribe };
}

const POST_ADDED = `subscription Posts($room: String!) {
  postAdded(room: $room) { id text author { id name } }
}`;

describe('gateway subscriptions', () => {
  const keys = gatewayKeys();
  let identity: TestSubgraph;
  let feed: FeedSubgraphs;
  let gateway: RunningGateway;
  const clients: Client[] = [];
  const client = (token?: string) => {
    const c = wsClient(gateway.url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    identity = await startTestSubgraph(keys.publicKey);
    feed = await startFeedSubgraphs(keys.publicKey);
    // The gateway finds identity's session endpoint by subgraph name, so compose all three.
    const supergraphPath = writeTempSupergraph(
      feed.supergraph([{ name: 'identity', url: identity.url, typeDefs: parse(baseTypeDefs) }]),
    );
    gateway = await start(
      testConfig({
        supergraphPath,
        gatewayPrivateKey: keys.seedBase64Url,
        maxDepth: 6,
        subgraphUrls: { identity: identity.url },
        metricsPort: 0,
      }),
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    // A client leaving closes the gateway's upstream connections too.
    await until(() => feed.openSockets() === 0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await feed?.stop();
    await identity?.stop();
  });

  it('delivers each event with fields another subgraph resolves', async () => {
    const sub = collect(client(), POST_ADDED, { room: 'lobby' });
    await until(() => feed.openSockets() === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    feed.publish('lobby', { id: 'p1', text: 'hello', authorId: 'a1' });
    feed.publish('lobby', { id: 'p2', text: 'again', authorId: 'a2' });
    feed.publish('elsewhere', { id: 'p3', text: 'not for us', authorId: 'a3' });
    await until(() => sub.results.length === 2);
    expect(sub.results).toEqual([
      { data: { postAdded: { id: 'p1', text: 'hello', author: { id: 'a1', name: 'Author a1' } } } },
      { data: { postAdded: { id: 'p2', text: 'again', author: { id: 'a2', name: 'Author a2' } } } },
    ]);
  });

  it('subscribes a signed-in viewer where the subgraph allows it, and refuses an anonymous one', async () => {
    const member = collect(client(GOOD_TOKEN), POST_ADDED, { room: 'private' });
    const stranger = collect(client(), POST_ADDED, { room: 'private' });
    await stranger.finished;
    expect(stranger.results).toHaveLength(1);
    expect(stranger.results[0].data ?? null).toBeNull();
    expect(stranger.results[0].errors?.[0]).toMatchObject({
      message: 'Only members of private may subscribe to it',
      extensions: { code: 'FORBIDDEN' },
    });
    await until(() => feed.openSockets() >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    feed.publish('private', { id: 'p9', text: 'members only', authorId: 'a9' });
    await until(() => member.results.length === 1);
    expect(member.results[0].data).toEqual({
      postAdded: { id: 'p9', text: 'members only', author: { id: 'a9', name: 'Author a9' } },
    });
  });

  it('closes a connection whose session token is unknown', async () => {
    const sub = collect(client('forged-token'), POST_ADDED, { room: 'lobby' });
    const error = (await sub.finished) as { code?: number };
    expect(error?.code).toBe(4403);
  });

  it('rejects an invalid document before anything reaches a subgraph', async () => {
    const unknownField = collect(client(), 'subscription { postAdded(room: "x") { nope } }');
    expect(await unknownField.finished).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    const parseError = collect(client(), 'subscription {');
    expect(await parseError.finished).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    expect(feed.openSockets()).toBe(0);
  });

  it('runs queries sent over the socket through the HTTP pipeline, as the connection viewer', async () => {
    const sub = collect(client(GOOD_TOKEN), '{ me }');
    await sub.finished;
    expect(sub.results).toEqual([{ data: { me: VIEWER_DID } }]);
  });

  it('fans one event out to every subscriber and closes upstream sockets when clients leave', async () => {
    const subs = Array.from({ length: 20 }, () => collect(client(), POST_ADDED, { room: 'fan' }));
    await until(() => feed.openSockets() === 20);
    await new Promise((resolve) => setTimeout(resolve, 100));
    feed.publish('fan', { id: 'f1', text: 'to all', authorId: 'a1' });
    await until(() => subs.every((s) => s.results.length === 1));
    for (const s of subs) expect(s.results[0].data).toMatchObject({ postAdded: { id: 'f1' } });
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await until(() => feed.openSockets() === 0);
  });

  it('releases the upstream subscription as soon as the client unsubscribes', async () => {
    const c = client();
    const sub = collect(c, POST_ADDED, { room: 'leaving' });
    await until(() => feed.openSockets() === 1);
    sub.unsubscribe();
    // No event arrives in between: the release must not wait for one.
    await until(() => feed.openSockets() === 0);
  });

  it('counts open subscriptions on /metrics and counts them down when clients leave', async () => {
    const active = async () => {
      const text = await (await fetch(`http://127.0.0.1:${gateway.metricsPort}/metrics`)).text();
      return Number(/graphql_active_subscriptions\{service="gateway"\} (\d+)/.exec(text)?.[1]);
    };
    // Polled: the gateway handles each subscribe and close message on its own schedule.
    const activeBecomes = async (expected: number) => {
      const deadline = Date.now() + 5000;
      while ((await active()) !== expected && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(await active()).toBe(expected);
    };
    const c = client();
    const first = collect(c, POST_ADDED, { room: 'counted-1' });
    collect(c, POST_ADDED, { room: 'counted-2' });
    await activeBecomes(2);
    first.unsubscribe();
    await activeBecomes(1);
    await c.dispose();
    await activeBecomes(0);
  });
});
