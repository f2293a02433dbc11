import { randomUUID } from 'node:crypto';

import { start as startGateway } from '@imajin/gateway';
import { loadIdentityConfig, start as startIdentity } from '@imajin/identity';
import { generateKeyPair, signViewerAssertion, toBase64Url } from '@imajin/protocol';
import { ImajinClient, registerIdentity, signIn } from '@imajin/sdk';
import { freePort, generateNodeMasterKey } from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { compareLoads, printLoadTable, type LoadResult } from './load';

const QUERY = 'query($did: String!) { identity(did: $did) { did kind profile { handle displayName } } }';

/**
 * What the gateway costs: one identity read sent straight to the subgraph (with a gateway-signed header, as
 * the gateway would) against the same read through the gateway, anonymous and with a bearer session (which
 * adds the session lookup).
 */
export async function benchGateway(databaseUrl: string | undefined): Promise<LoadResult[]> {
  const db = await createBenchDatabase(databaseUrl, 'bench_gateway');
  const key = generateKeyPair();
  const gatewayPort = await freePort();
  const identity = await startIdentity(
    loadIdentityConfig(
      localSubgraphEnv({
        nodeMasterKey: generateNodeMasterKey(),
        databaseUrl: db.url,
        gatewayPublicKey: key.publicKey,
        gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
        nodeEnv: 'production',
      }),
    ),
  );
  const gateway = await startGateway({
    nodeEnv: 'production',
    port: gatewayPort,
    host: '127.0.0.1',
    supergraphPath: require.resolve('../../../schema/supergraph.graphql'),
    subgraphUrls: { identity: identity.url },
    gatewayPrivateKey: toBase64Url(key.seed),
    corsOrigins: [],
    maxDepth: 12,
    maxCost: 10_000,
    logLevel: 'silent',
    supergraphPollMs: 60_000,
  });
  try {
    const person = generateKeyPair();
    const client = new ImajinClient({ url: gateway.url });
    await registerIdentity(client, person, { kind: 'HUMAN', handle: 'bench_person', displayName: 'Bench' });
    const { token } = await signIn(client, person);
    const body = JSON.stringify({ query: QUERY, variables: { did: person.did } });
    const post = async (url: string, headers: Record<string, string>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const json = (await res.json()) as { data?: { identity?: { did: string } } };
      return json.data?.identity?.did === person.did;
    };
    const options = { total: 1000, concurrency: 16, rounds: 5 };
    const rows = await compareLoads(
      [
        {
          name: 'identity subgraph directly',
          send: () =>
            post(identity.url, {
              'x-imajin-viewer': signViewerAssertion(
                { did: null, requestId: randomUUID(), aud: 'identity' },
                key.seed,
              ),
            }),
        },
        { name: 'through the gateway, anonymous', send: () => post(gateway.url, {}) },
        {
          name: 'through the gateway, bearer session',
          send: () => post(gateway.url, { authorization: `Bearer ${token}` }),
        },
      ],
      options,
    );
    printLoadTable(
      'Gateway overhead: one identity read, 16 in flight, one gateway process',
      rows,
      'identity subgraph directly',
    );
    return rows;
  } finally {
    await gateway.stop();
    await identity.stop();
    await db.stop();
  }
}
