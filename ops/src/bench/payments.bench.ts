import { performance } from 'node:perf_hooks';

import { loadPaymentsConfig, start as startPayments, type RunningPayments } from '@imajin/payments';
import {
  FAIR_MANIFEST_TYPE,
  generateKeyPair,
  publicKeyToMultibase,
  signPayload,
  splitAlongChain,
  validateFairManifest,
  type FairManifestBody,
} from '@imajin/protocol';
import { generateNodeMasterKey, StaticIdentityDirectory } from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { measure, median, percentile, printTable } from './stats';

const LEVELS = 5;

interface Chain {
  name: string;
  rootId: string;
  bodies: Map<string, FairManifestBody>;
}

/**
 * A chain of LEVELS manifests, each naming `perLevel` contributors and deriving from the next; the deepest
 * has no upstream. Shares: the upstream gets 1/(perLevel+1)-ish, contributors split the rest evenly.
 */
async function createChain(
  payments: RunningPayments,
  directory: StaticIdentityDirectory,
  perLevel: number,
): Promise<Chain> {
  const bodies = new Map<string, FairManifestBody>();
  let upstream: string | undefined;
  const upstreamShare = 100_000;
  for (let level = LEVELS - 1; level >= 0; level--) {
    const people = Array.from({ length: perLevel }, () => generateKeyPair());
    for (const kp of people) {
      directory.set({
        did: kp.did,
        kind: 'HUMAN',
        active: true,
        currentKey: publicKeyToMultibase(kp.publicKey),
      });
    }
    const pool = upstream ? 1_000_000 - upstreamShare : 1_000_000;
    const each = Math.floor(pool / perLevel);
    const body = validateFairManifest({
      version: '1.0',
      contributors: people.map((kp, i) => ({
        did: kp.did,
        role: `contributor-${level}`,
        share: i === 0 ? pool - each * (perLevel - 1) : each,
      })),
      derivesFrom: upstream ? [{ manifest: upstream, share: upstreamShare }] : [],
      terms: `bench level ${level}`,
    });
    const proof = signPayload(FAIR_MANIFEST_TYPE, body as never, people[0]).proof;
    const row = await payments.services.manifests.create(body, proof);
    bodies.set(row.id, body);
    upstream = row.id;
  }
  return { name: `${perLevel * LEVELS} contributors, ${LEVELS} levels`, rootId: upstream!, bodies };
}

interface SettleLoad {
  name: string;
  perSecond: number;
  medianMs: number;
  p99Ms: number;
}

/** `concurrency` workers settle distinct payments (one transaction each) until `perRound` are done, per round. */
async function settleLoad(
  payments: RunningPayments,
  chain: Chain,
  concurrency: number,
  rounds: number,
  perRound: number,
): Promise<SettleLoad> {
  let seq = 0;
  const one = () =>
    payments.dataSource.transaction((tx) =>
      payments.services.settlements.settle(tx, {
        paymentId: `bench_${chain.rootId.slice(5, 13)}_${concurrency}_${++seq}`,
        manifestId: chain.rootId,
        amount: 1_000_000 + seq,
        currency: 'usd',
        payerDid: 'did:email:bench_at_example.com',
      }),
    );
  for (let i = 0; i < 20; i++) await one();
  const latencies: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let started = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (started < perRound) {
          started += 1;
          const t = performance.now();
          await one();
          latencies.push(performance.now() - t);
        }
      }),
    );
    rates.push(perRound / ((performance.now() - t0) / 1000));
  }
  return {
    name: `settle: ${chain.name}, concurrency ${concurrency}`,
    perSecond: median(rates),
    medianMs: median(latencies),
    p99Ms: percentile(latencies, 0.99),
  };
}

function printSettleTable(rows: SettleLoad[]): void {
  const base = rows[0];
  const lines = [
    '\nPayments: settlements into the Postgres ledger (in-process SettlementService, one transaction each)',
    '| case | settlements/s (median of rounds) | median ms | p99 ms | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.medianMs.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${(
          r.perSecond / base.perSecond
        ).toFixed(2)}× |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Settlements per second for 100- and 500-contributor 5-level chains, and the pure protocol split. */
export async function benchPayments(databaseUrl: string | undefined): Promise<void> {
  const db = await createBenchDatabase(databaseUrl, 'bench_payments');
  const directory = new StaticIdentityDirectory();
  const gatewayKey = generateKeyPair();
  const payments = await startPayments(
    loadPaymentsConfig({
      ...localSubgraphEnv({
        nodeMasterKey: generateNodeMasterKey(),
        databaseUrl: db.url,
        gatewayPublicKey: gatewayKey.publicKey,
        nodeEnv: 'production',
      }),
      // Settlements only: no checkout is opened, but the local provider must be allowed in production.
      PAYMENTS_ALLOW_LOCAL_CHECKOUT: 'true',
    }),
    { directory },
  );
  try {
    const small = await createChain(payments, directory, 20);
    const large = await createChain(payments, directory, 100);
    const lookupOf = (chain: Chain) => (id: string) => chain.bodies.get(id);
    printTable(
      'Payments: the pure @imajin/protocol split (splitAlongChain, exact, largest remainder)',
      [
        measure(
          `split: ${small.name}`,
          () => splitAlongChain(small.rootId, 123_456_789, lookupOf(small)),
          10,
          500,
        ),
        measure(
          `split: ${large.name}`,
          () => splitAlongChain(large.rootId, 123_456_789, lookupOf(large)),
          10,
          200,
        ),
      ],
      `split: ${small.name}`,
    );
    printSettleTable([
      await settleLoad(payments, small, 1, 5, 100),
      await settleLoad(payments, small, 8, 5, 200),
      await settleLoad(payments, large, 1, 5, 40),
      await settleLoad(payments, large, 8, 5, 80),
    ]);
  } finally {
    await payments.stop();
    await db.stop();
  }
}
