import { Client } from 'pg';

import { start as startGateway, type RunningGateway } from '@imajin/gateway';
import { start as startIdentity, type RunningIdentity } from '@imajin/identity';
import { generateKeyPair, toBase64Url } from '@imajin/protocol';
import { ImajinClient } from '@imajin/sdk';
import type { Clock } from '@imajin/subgraph-common';
import { createTestDatabase, type TestDatabase } from '@imajin/subgraph-common/testing';

/** Real time plus an offset the test moves, so signed requests stay fresh while sessions can be aged. */
export class OffsetClock implements Clock {
  offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export interface Stack {
  gatewayUrl: string;
  identity: RunningIdentity;
  gateway: RunningGateway;
  clock: OffsetClock;
  client(): ImajinClient;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The identity subgraph and the gateway over the checked-in supergraph, on a fresh database. */
export async function startStack(options: { maxDepth?: number; maxCost?: number } = {}): Promise<Stack> {
  const db: TestDatabase = await createTestDatabase('e2e');
  const gatewayKey = generateKeyPair();
  const clock = new OffsetClock();
  const identity = await startIdentity(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: db.url,
      gatewayPublicKey: toBase64Url(gatewayKey.publicKey),
      production: false,
      logLevel: 'silent',
      sessionTtlMs: 3_600_000,
      mailFrom: 'e2e@imajin.local',
    },
    { clock },
  );
  const gateway = await startGateway({
    nodeEnv: 'test',
    port: 0,
    host: '127.0.0.1',
    supergraphPath: require.resolve('../../schema/supergraph.graphql'),
    subgraphUrls: { identity: identity.url },
    gatewayPrivateKey: toBase64Url(gatewayKey.seed),
    corsOrigins: ['*'],
    maxDepth: options.maxDepth ?? 12,
    maxCost: options.maxCost ?? 10_000,
    logLevel: 'silent',
    supergraphPollMs: 1000,
  });
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  return {
    gatewayUrl: gateway.url,
    identity,
    gateway,
    clock,
    client: () => new ImajinClient({ url: gateway.url }),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    stop: async () => {
      await pg.end();
      await gateway.stop();
      await identity.stop();
      await db.drop();
    },
  };
}
