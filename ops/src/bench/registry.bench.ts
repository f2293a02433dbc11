import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { z } from 'zod';

import { generateKeyPair, signPayload, signViewerAssertion, type KeyPair } from '@imajin/protocol';
import { loadRegistryConfig, RegistryProofTypes, start as startRegistry } from '@imajin/registry';
import { StaticIdentityDirectory, VIEWER_HEADER, generateNodeMasterKey } from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { median, percentile } from './stats';

const HEARTBEAT = `mutation($input: HeartbeatInput!, $proof: ProofInput!) {
  heartbeat(input: $input, proof: $proof) { did status heartbeatCount } }`;
const REGISTER = `mutation($input: RegisterNodeInput!, $proof: ProofInput!) { registerNode(input: $input, proof: $proof) { did } }`;
const ATTEST = `mutation($input: AttestBuildInput!, $proof: ProofInput!) { attestBuild(input: $input, proof: $proof) { hash } }`;

export interface HeartbeatLoad {
  name: string;
  heartbeatsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Closed loop: `concurrency` workers send until `perRound` are done, per round; median rate, pooled latency. */
async function closedLoop(
  name: string,
  send: () => Promise<boolean>,
  options: { perRound: number; concurrency: number; rounds: number; warmup: number },
): Promise<HeartbeatLoad> {
  for (let i = 0; i < options.warmup; i += 1) await send();
  const latencies: number[] = [];
  const rates: number[] = [];
  let errors = 0;
  for (let round = 0; round < options.rounds; round += 1) {
    let started = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (started < options.perRound) {
          started += 1;
          const t = performance.now();
          const ok = await send().catch(() => false);
          latencies.push(performance.now() - t);
          if (!ok) errors += 1;
        }
      }),
    );
    rates.push(options.perRound / ((performance.now() - t0) / 1000));
  }
  return {
    name,
    heartbeatsPerSecond: median(rates),
    p50Ms: median(latencies),
    p99Ms: percentile(latencies, 0.99),
    errors,
  };
}

function printHeartbeatTable(title: string, rows: HeartbeatLoad[]): void {
  const lines = [
    `\n${title}`,
    '| case | heartbeats/s (median of rounds) | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.heartbeatsPerSecond).toLocaleString('en')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.errors} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

const knobs = z.object({
  REGISTRY_BENCH_NODES: z.coerce.number().int().min(1).max(100_000).default(200),
  REGISTRY_BENCH_PER_ROUND: z.coerce.number().int().min(10).max(1_000_000).default(2000),
  REGISTRY_BENCH_ROUNDS: z.coerce.number().int().min(1).max(100).default(5),
  REGISTRY_BENCH_CONCURRENCY: z.string().default('1,8,32'),
});

/**
 * Sustained signed heartbeats: N registered nodes each send heartbeats (pre-signed, fresh nonce each) straight
 * to the registry subgraph over HTTP with a gateway-signed viewer header, k requests in flight. Every heartbeat
 * is verified (Ed25519 + JCS), its nonce recorded and the node row updated in one transaction.
 */
export async function benchRegistry(databaseUrl: string | undefined): Promise<HeartbeatLoad[]> {
  const k = knobs.parse(process.env);
  const db = await createBenchDatabase(databaseUrl, 'bench_registry');
  const gatewayKey = generateKeyPair();
  const admin = generateKeyPair();
  const directory = new StaticIdentityDirectory();
  const enroll = (kp: KeyPair, kind: string) => directory.register(kp, kind);
  enroll(admin, 'HUMAN');
  const registry = await startRegistry(
    loadRegistryConfig({
      ...localSubgraphEnv({
        nodeMasterKey: generateNodeMasterKey(),
        databaseUrl: db.url,
        gatewayPublicKey: gatewayKey.publicKey,
        nodeEnv: 'production',
      }),
      REGISTRY_ADMIN_DIDS: admin.did,
    }),
    { directory, sweeper: false },
  );
  const post = async (
    query: string,
    variables: unknown,
  ): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> => {
    const body = JSON.stringify({ query, variables });
    const request = () =>
      fetch(registry.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [VIEWER_HEADER]: signViewerAssertion(
            { did: null, requestId: randomUUID(), aud: 'registry' },
            gatewayKey.seed,
          ),
        },
        body,
      });
    // A keep-alive socket the server closed while idle (pre-signing takes seconds) fails once: retry it then.
    const res = await request().catch(request);
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const must = async (query: string, variables: unknown) => {
    const body = await post(query, variables);
    if (body.errors) throw new Error(`bench setup failed: ${JSON.stringify(body.errors)}`);
  };
  try {
    const buildHash = `sha256:${'be'.repeat(32)}`;
    const attest = { hash: buildHash, version: '1.0.0' };
    await must(ATTEST, {
      input: attest,
      proof: signPayload(RegistryProofTypes.attestBuild, attest, admin).proof,
    });
    const nodes: KeyPair[] = [];
    for (let i = 0; i < k.REGISTRY_BENCH_NODES; i += 1) {
      const node = generateKeyPair();
      enroll(node, 'NODE');
      const input = {
        did: node.did,
        hostname: `bench-${i}`,
        url: `https://bench-${i}.example.net`,
        buildHash,
        version: '1.0.0',
        capabilities: ['bench'],
      };
      await must(REGISTER, { input, proof: signPayload(RegistryProofTypes.registerNode, input, node).proof });
      nodes.push(node);
    }

    const rows: HeartbeatLoad[] = [];
    for (const concurrency of k.REGISTRY_BENCH_CONCURRENCY.split(',').map(Number)) {
      // Pre-signed, so the timed loop measures the server, not the client's signing.
      const warmup = Math.min(200, k.REGISTRY_BENCH_PER_ROUND);
      const needed = warmup + k.REGISTRY_BENCH_PER_ROUND * k.REGISTRY_BENCH_ROUNDS;
      const bodies = Array.from({ length: needed }, (_, i) => {
        const node = nodes[i % nodes.length];
        const input = { did: node.did, buildHash, version: '1.0.0', stats: { uptimeSeconds: i, load: 0.25 } };
        return { input, proof: signPayload(RegistryProofTypes.heartbeat, input, node).proof };
      });
      let next = 0;
      rows.push(
        await closedLoop(
          `${nodes.length} nodes, ${concurrency} in flight`,
          async () => {
            const body = await post(HEARTBEAT, bodies[next++]);
            return (
              !body.errors && (body.data?.heartbeat as { status?: string } | undefined)?.status === 'ACTIVE'
            );
          },
          { perRound: k.REGISTRY_BENCH_PER_ROUND, concurrency, rounds: k.REGISTRY_BENCH_ROUNDS, warmup },
        ),
      );
    }
    printHeartbeatTable(
      `Registry: signed heartbeats sustained, straight to the subgraph (${k.REGISTRY_BENCH_ROUNDS} rounds × ${k.REGISTRY_BENCH_PER_ROUND})`,
      rows,
    );

    // One sweep that moves every node (3 days on: all STALE), then an idle one.
    const later = new Date(Date.now() + 3 * 86_400_000 + 60_000);
    let t = performance.now();
    const moved = (await registry.sweeper.sweep(later)).transitions.length;
    const sweepMs = performance.now() - t;
    t = performance.now();
    await registry.sweeper.sweep(later);
    const idleMs = performance.now() - t;
    process.stdout.write(
      `\n| sweep | nodes moved | ms |\n| --- | ---: | ---: |\n| all to STALE | ${moved} | ${sweepMs.toFixed(1)} |\n| idle (nothing to do) | 0 | ${idleMs.toFixed(1)} |\n`,
    );
    return rows;
  } finally {
    await registry.stop();
    await db.stop();
  }
}
