import { Client } from 'pg';

import { start as startGateway, type RunningGateway } from '@imajin/gateway';
import { generateKeyPair, toBase64Url } from '@imajin/protocol';
import { ImajinClient, ImajinRequestError } from '@imajin/sdk';
import { freePort, type Clock, generateNodeMasterKey } from '@imajin/subgraph-common';
import { createTestDatabase, type TestDatabase } from '@imajin/subgraph-common/testing';

import { SUBGRAPHS, type SubgraphName } from '../src/schema/subgraph-list';
import { loadSubgraph, localSubgraphEnv } from '../src/schema/subgraph-modules';

/** Real time plus an offset the test moves, so signed requests stay fresh while sessions and TTLs age. */
export class OffsetClock implements Clock {
  offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface StackOptions {
  maxDepth?: number;
  maxCost?: number;
  /** Extra environment per subgraph (on top of the common test settings). */
  env?: Partial<Record<SubgraphName, Record<string, string>>>;
  /** Chat processes behind the gateway (default 1); subscriptions spread over them round robin. */
  chatInstances?: number;
}

export interface Stack {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, { url: string; port: number; stop(): Promise<void> }>;
  /** Chat instances beyond `subgraphs.chat`, on the same database. */
  extraChats: { url: string; port: number; stop(): Promise<void> }[];
  gateway: RunningGateway;
  clock: OffsetClock;
  client(): ImajinClient;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** Every subgraph and the gateway over the checked-in supergraph, in this process, on a fresh database. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const db: TestDatabase = await createTestDatabase('e2e');
  const gatewayKey = generateKeyPair();
  // One node: its subgraphs share the master key (node DID, sealing, internal-call signatures).
  const nodeMasterKey = generateNodeMasterKey();
  const clock = new OffsetClock();
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const subgraphs = {} as Stack['subgraphs'];
  const extraChats: Stack['extraChats'] = [];
  for (const { name } of SUBGRAPHS) {
    const module = loadSubgraph(name);
    const config = module.loadConfig({
      ...localSubgraphEnv({
        nodeMasterKey,
        databaseUrl: db.url,
        gatewayPublicKey: gatewayKey.publicKey,
        gatewayUrl,
        nodeEnv: 'test',
      }),
      ...crossDomainEnv(name, subgraphs),
      ...options.env?.[name],
    });
    subgraphs[name] = await module.start(config, { clock });
    if (name === 'chat') {
      for (let i = 1; i < (options.chatInstances ?? 1); i += 1)
        extraChats.push(await module.start(config, { clock }));
    }
  }
  const gateway = await startGateway(
    {
      nodeEnv: 'test',
      port: gatewayPort,
      host: '127.0.0.1',
      supergraphPath: require.resolve('../../schema/supergraph.graphql'),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      gatewayPrivateKey: toBase64Url(gatewayKey.seed),
      corsOrigins: ['*'],
      maxDepth: options.maxDepth ?? 12,
      maxCost: options.maxCost ?? 10_000,
      logLevel: 'silent',
      supergraphPollMs: 1000,
      subscriptionUrls: {
        chat: [subgraphs.chat, ...extraChats].map((s) => s.url.replace(/^http/, 'ws')),
      },
    },
    // The gateway's session cache judges expiry by the same clock as identity.
    { now: () => clock.now().getTime() },
  );
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  return {
    gatewayUrl: gateway.url,
    subgraphs,
    extraChats,
    gateway,
    clock,
    client: () => new ImajinClient({ url: gateway.url }),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await gateway.stop();
      for (const s of [...Object.values(subgraphs), ...extraChats]) await s.stop();
      await db.drop();
    },
  };
}

/** Where a subgraph reaches another's internal routes (events calls payments), as the launcher sets it. */
function crossDomainEnv(name: SubgraphName, started: Partial<Stack['subgraphs']>): Record<string, string> {
  if (name === 'events' && started.payments) {
    return { PAYMENTS_URL: started.payments.url.replace(/\/graphql$/, '') };
  }
  // trust and chat ask identity whether a delegation covers an agent's request.
  if ((name === 'trust' || name === 'chat') && started.identity) {
    return { IDENTITY_URL: started.identity.url.replace(/\/graphql$/, '') };
  }
  return {};
}

/** 'OK', or the error code a request through the SDK failed with (anything else is rethrown). */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof ImajinRequestError) return error.code;
    throw error;
  }
}
