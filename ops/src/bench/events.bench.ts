import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { loadEventsConfig, start as startEvents } from '@imajin/events';
import {
  cryptoBackend,
  generateKeyPair,
  nobleBackend,
  publicKeyToMultibase,
  signPayload,
  signTicketToken,
  signViewerAssertion,
  softDidFromEmail,
  verifyTicketToken,
  type KeyPair,
} from '@imajin/protocol';
import {
  createLogger,
  generateNodeMasterKey,
  StaticIdentityDirectory,
  VIEWER_HEADER,
  StaticTrustGraph,
} from '@imajin/subgraph-common';

import { localSubgraphEnv } from '../schema/subgraph-modules';

import { createBenchDatabase } from './bench-database';
import { measure, median, percentile, printTable } from './stats';

const BUYERS = 500;
const SEATS = 100;
const ROUNDS = 5;

const CREATE = `mutation($input: CreateEventInput!, $proof: ProofInput!) {
  createEvent(input: $input, proof: $proof) { id did tiers { id } } }`;
const PURCHASE = `mutation($input: PurchaseTicketInput!, $proof: ProofInput) {
  purchaseTicket(input: $input, proof: $proof) { id status } }`;

interface ContentionRow {
  name: string;
  attemptsPerSecond: number;
  seatsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  soldPerRound: number[];
}

function printContention(rows: ContentionRow[]): void {
  const lines = [
    `\nEvents: ${BUYERS} concurrent buyers for ${SEATS} seats, ${ROUNDS} rounds (events subgraph over HTTP, loopback)`,
    '| case | purchases/s (attempts, median of rounds) | seats sold/s | p50 ms | p99 ms | sold per round |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.attemptsPerSecond).toLocaleString('en')} | ${Math.round(r.seatsPerSecond).toLocaleString('en')} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.soldPerRound.join(', ')} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Purchases per second and p99 under contention, then offline ticket verifications per second. */
export async function benchEvents(databaseUrl: string | undefined): Promise<void> {
  const db = await createBenchDatabase(databaseUrl, 'bench_events');
  const gatewayKey = generateKeyPair();
  const directory = new StaticIdentityDirectory();
  const register = (): KeyPair => {
    const kp = generateKeyPair();
    directory.set({
      did: kp.did,
      kind: 'HUMAN',
      active: true,
      currentKey: publicKeyToMultibase(kp.publicKey),
    });
    return kp;
  };
  const events = await startEvents(
    loadEventsConfig({
      ...localSubgraphEnv({
        databaseUrl: db.url,
        gatewayPublicKey: gatewayKey.publicKey,
        nodeEnv: 'production',
        nodeMasterKey: generateNodeMasterKey(),
      }),
    }),
    {
      directory,
      trust: new StaticTrustGraph(),
      registrar: { register: async () => undefined },
      logger: createLogger('events-bench', 'silent'),
      background: false,
    },
  );
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(events.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [VIEWER_HEADER]: signViewerAssertion(
          { did: null, requestId: randomUUID(), aud: 'events' },
          gatewayKey.seed,
        ),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<string, { status?: string; id: string; tiers?: Array<{ id: string }> }>;
      errors?: unknown[];
    };
  };
  const host = register();
  const newTier = async (): Promise<string> => {
    const input = {
      hostDid: host.did,
      title: 'Bench night',
      startsAt: '2030-01-01T18:00:00.000Z',
      endsAt: '2030-01-01T23:00:00.000Z',
      timezone: 'UTC',
      visibility: 'PUBLIC',
      tiers: [{ name: 'Rush', price: '0', currency: 'usd', capacity: SEATS, perBuyerLimit: 1 }],
    };
    const res = await post(CREATE, {
      input,
      proof: signPayload('mjn.events.createEvent', input, host).proof,
    });
    return res.data!.createEvent.tiers![0].id;
  };

  const contention = async (name: string, buyer: (i: number) => { did: string; key: KeyPair | null }) => {
    const rates: number[] = [];
    const seatRates: number[] = [];
    const latencies: number[] = [];
    const sold: number[] = [];
    for (let round = -1; round < ROUNDS; round += 1) {
      const tierId = await newTier();
      // Signed before the clock starts: the client's work is not the server's.
      const requests = Array.from({ length: BUYERS }, (_, i) => {
        const b = buyer(i + (round + 1) * BUYERS);
        const input = { tierId, buyerDid: b.did };
        return { input, proof: b.key ? signPayload('mjn.events.purchaseTicket', input, b.key).proof : null };
      });
      const t0 = performance.now();
      const outcomes = await Promise.all(
        requests.map(async (variables) => {
          const t = performance.now();
          const res = await post(PURCHASE, variables);
          if (round >= 0) latencies.push(performance.now() - t);
          return res.data?.purchaseTicket?.status === 'ISSUED';
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      if (round < 0) continue; // warm-up round
      const ok = outcomes.filter(Boolean).length;
      if (ok !== SEATS) throw new Error(`${name}: sold ${ok} of ${SEATS} seats`);
      sold.push(ok);
      rates.push(BUYERS / seconds);
      seatRates.push(SEATS / seconds);
    }
    return {
      name,
      attemptsPerSecond: median(rates),
      seatsPerSecond: median(seatRates),
      p50Ms: median(latencies),
      p99Ms: percentile(latencies, 0.99),
      soldPerRound: sold,
    };
  };

  const keys = Array.from({ length: BUYERS * (ROUNDS + 1) }, register);
  const rows = [
    await contention('did:mjn buyers (signed), free tier', (i) => ({ did: keys[i].did, key: keys[i] })),
    await contention('did:email buyers (unsigned), free tier', (i) => ({
      did: softDidFromEmail(`bench${i}@example.com`),
      key: null,
    })),
  ];
  printContention(rows);
  await events.stop();
  await db.stop();

  // Offline verification at the door: no network, the event DID carries its key.
  const event = generateKeyPair();
  const token = signTicketToken(
    {
      ticketId: `tkt_${randomUUID()}`,
      eventDid: event.did,
      holderDid: generateKeyPair().did,
      tier: `tier_${randomUUID()}`,
      issuedAt: new Date().toISOString(),
    },
    event.seed,
    cryptoBackend,
  );
  const revoked = new Set(Array.from({ length: 10_000 }, () => `tkt_${randomUUID()}`));
  printTable(
    `Offline ticket verification (token ${token.length} chars; revocation list of 10,000 ids)`,
    [
      measure(
        'noble (pure JS, browsers)',
        () => verifyTicketToken(token, { backend: nobleBackend, eventDid: event.did, revoked }),
        10,
        300,
      ),
      measure('node:crypto (native)', () =>
        verifyTicketToken(token, { backend: cryptoBackend, eventDid: event.did, revoked }),
      ),
    ],
    'noble (pure JS, browsers)',
  );
}
