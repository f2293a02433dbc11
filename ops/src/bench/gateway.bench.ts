import { availableParallelism, loadavg } from 'node:os';

import { generateKeyPair, toBase64Url, viewerAssertionSigner } from '@imajin/protocol';
import { ImajinClient, registerIdentity, signIn } from '@imajin/sdk';
import { freePort, generateNodeMasterKey } from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { startBenchProcess, type BenchProcess } from './bench-processes';
import { compareLoads, printLoadTable, type LoadResult } from './load';

const ONE_SUBGRAPH =
  'query($did: String!) { identity(did: $did) { did kind profile { handle displayName } } }';
// identity → trust → events → payments: one entity, fields from four subgraphs (balances are owner-only).
const FOUR_SUBGRAPHS = `query($did: String!) { identity(did: $did) {
  did profile { handle } vouchesReceived(first: 5) { totalCount } hostedEvents { id } balances { currency amount }
} }`;
const BENCH_SUBGRAPHS = ['identity', 'trust', 'payments', 'events'] as const;

export interface GatewayBenchResult {
  loadAverage: number[];
  rows: LoadResult[];
  peakRssMiB: Record<string, number>;
}

/**
 * What the gateway costs, with every service in its own process as `npm start` runs them: one identity read
 * sent straight to the subgraph (with a gateway-signed header, as the gateway would) against the same read
 * through the gateway — anonymous, with a bearer session with and without the session cache, with one worker
 * and with one worker per core — and a four-subgraph entity read through the gateway.
 */
export async function benchGateway(databaseUrl: string | undefined): Promise<GatewayBenchResult> {
  const db = await createBenchDatabase(databaseUrl, 'bench_gateway');
  const key = generateKeyPair();
  const nodeMasterKey = generateNodeMasterKey();
  const ports = {
    gateway: await freePort(),
    gatewayNoCache: await freePort(),
    gatewayWorkers: await freePort(),
  };
  const started: BenchProcess[] = [];
  try {
    const env = localSubgraphEnv({
      nodeMasterKey,
      databaseUrl: db.url,
      gatewayPublicKey: key.publicKey,
      gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
      nodeEnv: 'production',
    });
    const subgraphs: Record<string, BenchProcess> = {};
    for (const name of BENCH_SUBGRAPHS) {
      // As the launcher does: events calls payments' internal routes; the local checkout is a demo's.
      const extra: Record<string, string> =
        name === 'events'
          ? { PAYMENTS_URL: subgraphs.payments.url.replace(/\/graphql$/, '') }
          : name === 'payments'
            ? { PAYMENTS_ALLOW_LOCAL_CHECKOUT: 'true' }
            : {};
      subgraphs[name] = await startBenchProcess(
        name,
        `subgraphs/${name}/dist/main.js`,
        { ...env, ...extra },
        await freePort(),
        '/ready',
      );
      started.push(subgraphs[name]);
    }
    const gatewayEnv = (workers: number, sessionCacheMs: number) => ({
      GATEWAY_PRIVATE_KEY: toBase64Url(key.seed),
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      WEB_ROOT: '',
      GATEWAY_WORKERS: String(workers),
      SESSION_CACHE_MS: String(sessionCacheMs),
      SUBGRAPH_URLS: BENCH_SUBGRAPHS.map((name) => `${name}=${subgraphs[name].url}`).join(','),
    });
    const startGateway = async (name: string, port: number, workers: number, sessionCacheMs: number) => {
      const gateway = await startBenchProcess(
        name,
        'gateway/dist/main.js',
        gatewayEnv(workers, sessionCacheMs),
        port,
        '/health',
      );
      started.push(gateway);
      return gateway;
    };
    const cores = availableParallelism();
    const gateway = await startGateway('gateway, 1 worker', ports.gateway, 1, 5000);
    const noCache = await startGateway('gateway, 1 worker, no session cache', ports.gatewayNoCache, 1, 0);
    const workers = await startGateway(`gateway, ${cores} workers`, ports.gatewayWorkers, cores, 5000);

    const person = generateKeyPair();
    const client = new ImajinClient({ url: gateway.url });
    await registerIdentity(client, person, { kind: 'HUMAN', handle: 'bench_person', displayName: 'Bench' });
    const { token } = await signIn(client, person);
    const bearer = { authorization: `Bearer ${token}` };
    const body = (query: string) => JSON.stringify({ query, variables: { did: person.did } });
    const one = body(ONE_SUBGRAPH);
    const four = body(FOUR_SUBGRAPHS);
    const post = async (url: string, payload: string, headers: Record<string, string>) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: payload,
      });
      const json = (await res.json()) as { data?: { identity?: { did: string } }; errors?: unknown[] };
      return json.errors === undefined && json.data?.identity?.did === person.did;
    };
    // The key imported once, as the gateway does, so the direct case is not slowed by key parsing.
    const signViewer = viewerAssertionSigner(key.seed);
    const direct = 'identity subgraph directly';
    const options = { total: 500, concurrency: 16, rounds: 3 };
    const loadAverage = loadavg();
    const rows = await compareLoads(
      [
        {
          name: direct,
          send: () =>
            post(subgraphs.identity.url, one, {
              'x-imajin-viewer': signViewer({
                did: null,
                requestId: crypto.randomUUID(),
                aud: 'identity',
                clientIp: null,
              }),
            }),
        },
        { name: `${gateway.name}, anonymous`, send: () => post(gateway.url, one, {}) },
        { name: `${gateway.name}, bearer session`, send: () => post(gateway.url, one, bearer) },
        { name: `${noCache.name}, bearer session`, send: () => post(noCache.url, one, bearer) },
        { name: `${workers.name}, anonymous`, send: () => post(workers.url, one, {}) },
        { name: `${workers.name}, bearer session`, send: () => post(workers.url, one, bearer) },
        { name: `${gateway.name}, four subgraphs, bearer`, send: () => post(gateway.url, four, bearer) },
        { name: `${workers.name}, four subgraphs, bearer`, send: () => post(workers.url, four, bearer) },
      ],
      options,
    );
    loadAverage.push(...loadavg());
    printLoadTable(
      `Gateway overhead: one identity read, 16 in flight, every service its own process ` +
        `(load average ${loadAverage
          .slice(0, 1)
          .concat(loadAverage.slice(3, 4))
          .map((l) => l.toFixed(1))
          .join(' → ')} on ${cores} cores: compare ratios, not absolute numbers)`,
      rows,
      direct,
    );
    const peakRssMiB = Object.fromEntries(started.map((p) => [p.name, Math.round(p.peakRssMiB())]));
    process.stdout.write(
      `\n| process | peak RSS MiB |\n| --- | ---: |\n${Object.entries(peakRssMiB)
        .map(([name, mib]) => `| ${name} | ${mib} |`)
        .join('\n')}\n`,
    );
    return { loadAverage, rows, peakRssMiB };
  } finally {
    for (const p of started.reverse()) await p.stop();
    await db.stop();
  }
}
