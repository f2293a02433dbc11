import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';

import { generateKeyPair, publicKeyToMultibase, signPayload, type KeyPair } from '@imajin/protocol';
import {
  ManualClock,
  StaticConsentDirectory,
  StaticIdentityDirectory,
  VIEWER_HEADER,
  type TrustGraph,
} from '@imajin/subgraph-common';
import {
  createTestDatabase,
  postGraphQL,
  TestGatewayKey,
  type GraphQLResponse,
  type TestDatabase,
} from '@imajin/subgraph-common/testing';

import { start, type RunningChat } from '../src';

export const MESSAGE_FIELDS = `id seq cursor clientId body revision createdAt editedAt deletedAt signature
  signedPayload attachments { url contentHash name mimeType size } sender { did } conversation { id }
  replyTo { id }`;
export const CONVERSATION_FIELDS = `id kind title encrypted lastSeq unreadCount lastReadSeq viewerRole memberCount
  members { identity { did } role lastReadSeq } lastMessage { id seq body } createdBy { did } signature signedPayload`;

export class FakeTrust implements TrustGraph {
  readonly trusted = new Set<string>();
  calls: Array<[string, string, number]> = [];

  allow(querier: string, subject: string): void {
    this.trusted.add(`${querier} ${subject}`);
  }

  async isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean> {
    this.calls.push([querier, subject, maxHops]);
    return this.trusted.has(`${querier} ${subject}`);
  }
}

export interface ChatHarnessOptions {
  instances?: number;
  dmMaxTrustHops?: number;
  subscriptionQueue?: number;
  typingTimeoutMs?: number;
  maxBodyBytes?: number;
}

export interface ChatHarness {
  chats: RunningChat[];
  clock: ManualClock;
  directory: StaticIdentityDirectory;
  trust: FakeTrust;
  consents: StaticConsentDirectory;
  gateway: TestGatewayKey;
  /** A fresh keypair registered in the directory. */
  identity(): KeyPair;
  sign(type: string, input: Record<string, unknown>, kp: KeyPair): Record<string, string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: string | null,
    instance?: number,
  ): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client connected as the gateway would be, for `viewer`. */
  ws(viewer: string | null, instance?: number, params?: Record<string, unknown>): WsClient;
  count(table: string): Promise<number>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startChatHarness(options: ChatHarnessOptions = {}): Promise<ChatHarness> {
  const db: TestDatabase = await createTestDatabase('chat');
  const gateway = new TestGatewayKey('chat');
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');
  const directory = new StaticIdentityDirectory();
  const trust = new FakeTrust();
  const consents = new StaticConsentDirectory();
  const chats: RunningChat[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) {
    chats.push(
      await start(
        {
          port: 0,
          host: '127.0.0.1',
          databaseUrl: db.url,
          gatewayPublicKey: gateway.publicKeyBase64Url,
          gatewayUrl: 'http://127.0.0.1:1/graphql',
          production: false,
          logLevel: 'silent',
          maxBodyBytes: options.maxBodyBytes ?? 16_384,
          typingTimeoutMs: options.typingTimeoutMs ?? 6_000,
          dmMaxTrustHops: options.dmMaxTrustHops ?? 0,
          subscriptionQueue: options.subscriptionQueue ?? 256,
        },
        { clock, directory, trust, consents },
      ),
    );
  }
  const pg = new PgClient({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = chat');
  const clients: WsClient[] = [];
  return {
    chats,
    clock,
    directory,
    trust,
    consents,
    gateway,
    identity: () => {
      const kp = generateKeyPair();
      directory.set({
        did: kp.did,
        kind: 'HUMAN',
        active: true,
        currentKey: publicKeyToMultibase(kp.publicKey),
      });
      return kp;
    },
    sign: (type, input, kp) =>
      signPayload(type, input, kp, { now: clock.now() }).proof as unknown as Record<string, string>,
    gql: (query, variables = {}, viewer = null, instance = 0) =>
      postGraphQL(chats[instance].url, query, variables, gateway.headers(viewer)),
    ws: (viewer, instance = 0, params) => {
      const client = createClient({
        url: chats[instance].wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        connectionParams: params ?? { [VIEWER_HEADER]: gateway.headers(viewer)[VIEWER_HEADER] },
      });
      clients.push(client);
      return client;
    },
    count: async (table) => Number((await pg.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await pg.end();
      for (const chat of chats) await chat.stop();
      await db.drop();
    },
  };
}

/** Collects the events of one subscription; `next(n)` waits until n events arrived. */
export function collect<T = Record<string, unknown>>(
  client: WsClient,
  query: string,
  variables = {},
  extensions?: Record<string, unknown>,
) {
  const events: Array<{
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }> = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let done = false;
  let failure: unknown = null;
  const settle = () => {
    for (const w of [...waiters])
      if (events.length >= w.n || done) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables, extensions },
    {
      next: (value) => {
        events.push(value as (typeof events)[number]);
        settle();
      },
      error: (error) => {
        failure = error;
        done = true;
        settle();
      },
      complete: () => {
        done = true;
        settle();
      },
    },
  );
  return {
    events,
    get done() {
      return done;
    },
    get failure() {
      return failure;
    },
    /** Resolves once `n` events arrived or the subscription ended. */
    next: (n: number) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        settle();
      }),
    /** Resolves when the subscription ends. */
    ended: () =>
      new Promise<void>((resolve) => {
        waiters.push({ n: Number.POSITIVE_INFINITY, resolve });
        settle();
      }),
    unsubscribe,
  };
}
