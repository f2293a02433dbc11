import { Client } from 'pg';

import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import {
  createLogger,
  generateNodeMasterKey,
  ManualClock,
  nodeKeysFromMaster,
  StaticIdentityDirectory,
  StaticTrustGraph,
} from '@imajin/subgraph-common';
import {
  createTestDatabase,
  postGraphQL,
  TestGatewayKey,
  type GraphQLResponse,
  type TestDatabase,
} from '@imajin/subgraph-common/testing';

import { start, StaticSoftClaims, type EventRegistrar, type EventsConfig } from '../src';
import type { RunningEvents } from '../src';

import { PaymentsContractServer } from './payments-contract-server';

export const EVENT_FIELDS = `id did hostDid title description venue startsAt endsAt timezone visibility trustMaxHops
  manifestId status canceledAt cancelReason didRegistered didDocument signature
  tiers { id name price currency capacity reserved available salesStart salesEnd perBuyerLimit }`;
export const HOLD_FIELDS = `id status tierId buyerDid amount currency expiresAt checkoutId checkoutUrl paymentId
  ticket { id holderDid status token paymentId tierId eventId }`;
export const TICKET_FIELDS = `id eventId tierId holderDid status issuedAt token paymentId revokedAt revokeReason
  transferredTo transferredFrom checkIn { scannerDid checkedInAt }`;

export class RecordingRegistrar implements EventRegistrar {
  readonly registered: Array<{ did: string; name: string }> = [];
  fail = false;

  async register(key: KeyPair, displayName: string): Promise<void> {
    if (this.fail) throw new Error('identity is down');
    this.registered.push({ did: key.did, name: displayName });
  }
}

export interface EventsHarness {
  events: RunningEvents;
  clock: ManualClock;
  directory: StaticIdentityDirectory;
  trust: StaticTrustGraph;
  softClaims: StaticSoftClaims;
  registrar: RecordingRegistrar;
  payments: PaymentsContractServer;
  config: EventsConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: string | null,
  ): Promise<GraphQLResponse<T>>;
  identity(kind?: string): KeyPair;
  sign(type: string, input: Record<string, unknown>, kp: KeyPair): Record<string, string>;
  count(table: string, where?: string): Promise<number>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the subgraph, keeping the database (a crash, as far as the outbox is concerned). */
  crash(): Promise<void>;
  /** Starts the subgraph again on the same database (stopping it first if it runs). */
  restart(options?: { background?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export async function startEventsHarness(options: { background?: boolean } = {}): Promise<EventsHarness> {
  const db: TestDatabase = await createTestDatabase('events');
  const gateway = new TestGatewayKey('events');
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');
  const directory = new StaticIdentityDirectory();
  const trust = new StaticTrustGraph();
  const softClaims = new StaticSoftClaims();
  const registrar = new RecordingRegistrar();
  const master = generateNodeMasterKey();
  const logger = createLogger('events-test', 'silent');
  const payments = new PaymentsContractServer(nodeKeysFromMaster(master), logger);
  const paymentsUrl = await payments.start();
  const identity = (kind = 'HUMAN') => {
    const kp = generateKeyPair();
    directory.register(kp, kind);
    return kp;
  };
  const config: EventsConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: db.url,
    gatewayPublicKey: gateway.publicKeyBase64Url,
    gatewayUrl: 'http://127.0.0.1:1/graphql',
    production: false,
    logLevel: 'silent',
    nodeMasterKey: master,
    paymentsUrl,
    outboxPollMs: 60_000,
    holdTtlMs: 15 * 60_000,
    waitlistHoldMs: 10 * 60_000,
    sweepIntervalMs: 60_000,
    emailBuyerLimit: 2,
    holdLimits: {
      perIp: 20,
      perIpWindowMs: 600_000,
      perEmailBuyer: 5,
      perEmailBuyerWindowMs: 3_600_000,
      tierUnpaidShare: 0.5,
    },
  };
  const boot = (background: boolean) =>
    start(config, { clock, directory, trust, registrar, softClaims, logger, background, poolSize: 30 });
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('SET search_path = events');
  let running = true;
  const stopOnce = async () => {
    if (running) await harness.events.stop();
    running = false;
  };
  const harness: EventsHarness = {
    events: await boot(options.background ?? false),
    clock,
    directory,
    trust,
    softClaims,
    registrar,
    payments,
    config,
    gql: (query, variables = {}, viewer = null) =>
      postGraphQL(harness.events.url, query, variables, gateway.headers(viewer)),
    identity,
    sign: (type, input, kp) =>
      signPayload(type, input, kp, { now: clock.now() }).proof as unknown as Record<string, string>,
    count: async (table, where = 'true') =>
      Number((await pg.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)).rows[0].n),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    crash: async () => {
      await stopOnce();
    },
    restart: async (restartOptions = {}) => {
      await stopOnce();
      harness.events = await boot(restartOptions.background ?? false);
      running = true;
    },
    stop: async () => {
      await pg.end();
      await stopOnce();
      await payments.stop();
      await db.drop();
    },
  };
  return harness;
}

export interface TierSpec {
  name?: string;
  price?: string;
  currency?: string;
  capacity?: number;
  perBuyerLimit?: number;
  salesStart?: string;
  salesEnd?: string;
}

export function eventInput(host: KeyPair, tiers: TierSpec[] = [{}], extra: Record<string, unknown> = {}) {
  const paid = tiers.some((t) => t.price && t.price !== '0');
  return {
    hostDid: host.did,
    title: 'Imajin launch night',
    venue: 'Berlin',
    startsAt: '2026-06-01T18:00:00.000Z',
    endsAt: '2026-06-01T23:00:00.000Z',
    timezone: 'Europe/Berlin',
    visibility: 'PUBLIC',
    ...(paid ? { manifestId: 'fair_test' } : {}),
    tiers: tiers.map((t) => ({
      name: t.name ?? 'General',
      price: t.price ?? '0',
      currency: t.currency ?? 'usd',
      capacity: t.capacity ?? 100,
      perBuyerLimit: t.perBuyerLimit ?? 4,
      ...(t.salesStart ? { salesStart: t.salesStart } : {}),
      ...(t.salesEnd ? { salesEnd: t.salesEnd } : {}),
    })),
    ...extra,
  };
}

export const CREATE_EVENT = `mutation($input: CreateEventInput!, $proof: ProofInput!) {
  createEvent(input: $input, proof: $proof) { ${EVENT_FIELDS} } }`;
export const PURCHASE = `mutation($input: PurchaseTicketInput!, $proof: ProofInput) {
  purchaseTicket(input: $input, proof: $proof) { ${HOLD_FIELDS} } }`;
export const CHECK_IN = `mutation($input: CheckInInput!, $proof: ProofInput!) {
  checkIn(input: $input, proof: $proof) { ticketId scannerDid checkedInAt } }`;

export interface CreatedEvent {
  id: string;
  did: string;
  tiers: Array<{ id: string; price: string; capacity: number; reserved: number }>;
  [key: string]: unknown;
}

export async function createEvent(
  h: EventsHarness,
  host: KeyPair,
  tiers?: TierSpec[],
  extra?: Record<string, unknown>,
): Promise<CreatedEvent> {
  const input = eventInput(host, tiers, extra);
  const res = await h.gql<{ createEvent: CreatedEvent }>(CREATE_EVENT, {
    input,
    proof: h.sign('mjn.events.createEvent', input, host),
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvent;
}

export interface Hold {
  id: string;
  status: string;
  checkoutId: string | null;
  checkoutUrl: string | null;
  paymentId: string | null;
  ticket: { id: string; token: string; holderDid: string; status: string; paymentId: string | null } | null;
}

export async function purchase(h: EventsHarness, tierId: string, buyer: KeyPair) {
  const input = { tierId, buyerDid: buyer.did };
  return h.gql<{ purchaseTicket: Hold }>(PURCHASE, {
    input,
    proof: h.sign('mjn.events.purchaseTicket', input, buyer),
  });
}

export async function buy(h: EventsHarness, tierId: string, buyer: KeyPair): Promise<Hold> {
  const res = await purchase(h, tierId, buyer);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.purchaseTicket;
}
