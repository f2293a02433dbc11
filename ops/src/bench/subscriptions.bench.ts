import { performance } from 'node:perf_hooks';

import { parse, type DocumentNode } from 'graphql';
import WebSocket from 'ws';

import { loadChatConfig, start as startChat } from '@imajin/chat';
import { start as startGateway } from '@imajin/gateway';
import { loadIdentityConfig, start as startIdentity } from '@imajin/identity';
import { generateKeyPair, toBase64Url, type KeyPair } from '@imajin/protocol';
import {
  createChatGroup,
  ImajinClient,
  ImajinSubscriptionClient,
  registerIdentity,
  sendChatMessage,
  signIn,
} from '@imajin/sdk';
import { freePort, generateNodeMasterKey } from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { median, percentile } from './stats';

export interface FanoutOptions {
  /** Subscribed connections through the gateway. */
  clients: number;
  /** Distinct members they sign in as (connections are spread over them). */
  members: number;
  /** Messages sent one after another per case. */
  messages: number;
}

interface FanoutRow {
  name: string;
  clients: number;
  messages: number;
  deliveries: number;
  medianMs: number;
  p99Ms: number;
  messagesPerSecond: number;
  deliveriesPerSecond: number;
}

// Connections in the one-member-per-connection case (each member must be registered and signed in first).
const DISTINCT_CLIENTS = 200;

const CHAT_ONLY = parse(`subscription Fanout($conversationId: ID!) {
  messageAdded(conversationId: $conversationId) { id seq body sender { did } }
}`);
const WITH_PROFILE = parse(`subscription FanoutProfile($conversationId: ID!) {
  messageAdded(conversationId: $conversationId) { id seq body sender { did profile { handle } } }
}`);

/**
 * Fan-out through the gateway: `clients` graphql-ws connections subscribed to one group; one member sends
 * `messages` messages back to back and we time each delivery from just before the send to its arrival.
 * Everything (gateway, identity, chat, clients) runs in this one process, so the numbers are a floor.
 */
export async function benchSubscriptions(
  databaseUrl: string | undefined,
  options: FanoutOptions = { clients: 1000, members: 50, messages: 20 },
): Promise<FanoutRow[]> {
  const db = await createBenchDatabase(databaseUrl, 'bench_fanout');
  const key = generateKeyPair();
  const gatewayPort = await freePort();
  const env = localSubgraphEnv({
    nodeMasterKey: generateNodeMasterKey(),
    databaseUrl: db.url,
    gatewayPublicKey: key.publicKey,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    nodeEnv: 'production',
  });
  const identity = await startIdentity(loadIdentityConfig(env));
  const chat = await startChat(loadChatConfig(env));
  const gateway = await startGateway({
    nodeEnv: 'production',
    port: gatewayPort,
    host: '127.0.0.1',
    supergraphPath: require.resolve('../../../schema/supergraph.graphql'),
    subgraphUrls: { identity: identity.url, chat: chat.url },
    gatewayPrivateKey: toBase64Url(key.seed),
    corsOrigins: [],
    maxDepth: 12,
    maxCost: 10_000,
    logLevel: 'silent',
    supergraphPollMs: 60_000,
    wsQueueLimit: 1000,
  });
  const sockets: ImajinSubscriptionClient[] = [];
  try {
    const sender = await member(gateway.url, 'fanout_sender');
    // The last case gives every connection its own member, so no two share follow-up fetches.
    const distinct = Math.min(options.clients, DISTINCT_CLIENTS);
    const members = [];
    for (let i = 0; i < Math.max(options.members, distinct); i += 1) {
      members.push(await member(gateway.url, `fanout_${i}`));
    }
    const group = await createChatGroup(sender.client, sender.kp, {
      title: 'Fan-out',
      members: members.map((m) => m.kp.did),
    });
    const rows: FanoutRow[] = [];
    for (const [name, document, clients, memberCount] of [
      ['chat fields only', CHAT_ONLY, options.clients, options.members],
      ['+ sender profile from identity', WITH_PROFILE, options.clients, options.members],
      ['+ sender profile, one member per connection', WITH_PROFILE, distinct, distinct],
    ] as const) {
      const arrivals: number[][] = [];
      const streams = [];
      for (let c = 0; c < clients; c += 1) {
        const socket = new ImajinSubscriptionClient({
          url: gateway.url,
          token: members[c % memberCount].token,
          webSocketImpl: WebSocket,
        });
        sockets.push(socket);
        const seen: number[] = [];
        arrivals.push(seen);
        const stream = socket.subscribe(
          document as DocumentNode as never,
          { conversationId: group.id } as never,
        ) as AsyncIterable<unknown>;
        streams.push(
          (async () => {
            for await (const _event of stream) {
              seen.push(performance.now());
              if (seen.length === options.messages + 1) return;
            }
          })(),
        );
      }
      // A warm-up message proves every subscription is open upstream; it is not timed.
      for (let attempt = 0; arrivals.some((a) => a.length === 0); attempt += 1) {
        if (attempt === 30) throw new Error('fan-out: subscriptions did not all open');
        if (attempt % 10 === 0) {
          for (const a of arrivals) a.length = 0;
          await sendChatMessage(sender.client, sender.kp, group.id, `warm-up ${attempt}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      for (const a of arrivals) a.length = 0;
      const sentAt: number[] = [];
      const start = performance.now();
      for (let m = 0; m < options.messages; m += 1) {
        sentAt.push(performance.now());
        await sendChatMessage(sender.client, sender.kp, group.id, `message ${m}`);
      }
      const deadline = Date.now() + 120_000;
      while (arrivals.some((a) => a.length < options.messages) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const last = Math.max(...arrivals.flatMap((a) => a.slice(0, options.messages)));
      const elapsed = (last - start) / 1000;
      const latencies: number[] = [];
      for (const seen of arrivals)
        seen.slice(0, options.messages).forEach((t, m) => latencies.push(t - sentAt[m]));
      rows.push({
        name,
        clients,
        messages: options.messages,
        deliveries: latencies.length,
        medianMs: median(latencies),
        p99Ms: percentile(latencies, 0.99),
        messagesPerSecond: options.messages / elapsed,
        deliveriesPerSecond: latencies.length / elapsed,
      });
      await Promise.all(sockets.splice(0).map((s) => s.close()));
    }
    printFanout(rows, options);
    return rows;
  } finally {
    await Promise.all(sockets.map((s) => s.close()));
    await gateway.stop();
    await chat.stop();
    await identity.stop();
    await db.stop();
  }
}

async function member(
  url: string,
  handle: string,
): Promise<{ kp: KeyPair; client: ImajinClient; token: string }> {
  const kp = generateKeyPair();
  const client = new ImajinClient({ url });
  await registerIdentity(client, kp, { kind: 'HUMAN', handle });
  const { token } = await signIn(client, kp);
  return { kp, client, token };
}

function printFanout(rows: FanoutRow[], options: FanoutOptions): void {
  const lines = [
    `\n### Subscription fan-out through the gateway (connections spread over ${options.members} members unless noted, ${options.messages} messages sent back to back)\n`,
    '| case | connections | delivered | median ms | p99 ms | messages/s | deliveries/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.clients} | ${r.deliveries}/${r.clients * r.messages} | ${r.medianMs.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.messagesPerSecond.toFixed(1)} | ${Math.round(r.deliveriesPerSecond).toLocaleString('en-US')} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
