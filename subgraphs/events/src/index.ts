import 'reflect-metadata';
import { fromBase64Url } from '@imajin/protocol';
import {
  createLogger,
  createSubgraphDataSource,
  GatewayIdentityDirectory,
  nodeKeysFromMaster,
  ProofVerifier,
  startSubgraphServer,
  systemClock,
  type Clock,
  type IdentityDirectory,
  type Logger,
  GatewayTrustGraph,
  type TrustGraph,
  poolStatsOf,
} from '@imajin/subgraph-common';

import type { EventsConfig } from './config';
import { createContext, type EventsServices } from './context';
import { EventKeys } from './event/event-keys';
import { GatewayEventRegistrar, type EventRegistrar } from './event/event-registrar';
import { EventEntity, ScannerEntity, TierEntity } from './event/event.entity';
import { EventService } from './event/event.service';
import { GatewaySoftClaims, type SoftClaims } from './identity/soft-claims';
import { EventsInit1732500000400 } from './migrations/1732500000400-events-init';
import { EventsRefundRetry1732500000410 } from './migrations/1732500000410-events-refund-retry';
import { EventsHoldLimits1732500000420 } from './migrations/1732500000420-events-hold-limits';
import { CURSOR_NAME as OUTBOX_CURSOR_NAME, OutboxConsumer } from './payments/outbox-consumer';
import { HttpPaymentsClient, type PaymentsPort } from './payments/payments-client';
import { buildEventsSchema } from './schema';
import { HoldSweeper } from './ticket/hold-sweeper';
import { PurchaseService } from './ticket/purchase.service';
import { CheckInEntity, HoldEntity, TicketEntity, WaitlistEntryEntity } from './ticket/ticket.entity';
import { TicketService } from './ticket/ticket.service';

export { loadEventsConfig, loadEventsConfig as loadConfig, type EventsConfig } from './config';
export { buildEventsSchema, buildEventsSchema as buildSchema } from './schema';
export { EventProofTypes } from './event/event.service';
export { PurchaseProofTypes } from './ticket/purchase.service';
export { TicketProofTypes, REVOCATIONS_TYPE } from './ticket/ticket.service';
export { StaticSoftClaims, type SoftClaims } from './identity/soft-claims';
export type { EventRegistrar } from './event/event-registrar';
export type {
  PaymentsPort,
  OutboxEvent,
  OutboxPage,
  Checkout,
  CheckoutRequest,
} from './payments/payments-client';

export const EVENTS_SCHEMA = 'events';
export const eventsEntities = [
  EventEntity,
  TierEntity,
  ScannerEntity,
  HoldEntity,
  TicketEntity,
  CheckInEntity,
  WaitlistEntryEntity,
];
export const eventsMigrations = [
  EventsInit1732500000400,
  EventsRefundRetry1732500000410,
  EventsHoldLimits1732500000420,
];

export interface EventsStartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Tests pass a StaticIdentityDirectory; by default identities are looked up through the gateway. */
  directory?: IdentityDirectory;
  trust?: TrustGraph;
  registrar?: EventRegistrar;
  payments?: PaymentsPort;
  softClaims?: SoftClaims;
  /** Start the hold sweeper and the outbox consumer (default true). */
  background?: boolean;
  poolSize?: number;
}

export interface RunningEvents {
  url: string;
  port: number;
  /** What it was started with (a restart on the same port reuses it). */
  config: EventsConfig;
  services: EventsServices;
  consumer: OutboxConsumer;
  sweeper: HoldSweeper;
  stop(): Promise<void>;
}

export async function start(config: EventsConfig, options: EventsStartOptions = {}): Promise<RunningEvents> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('events', config.logLevel);
  if (!config.nodeMasterKey) throw new Error('events needs NODE_MASTER_KEY to seal event keys');
  const nodeKeys = nodeKeysFromMaster(config.nodeMasterKey);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: EVENTS_SCHEMA,
    entities: eventsEntities,
    migrations: eventsMigrations,
    poolSize: options.poolSize ?? 20,
    logger,
  });
  const directory = options.directory ?? new GatewayIdentityDirectory(config.gatewayUrl, logger);
  const trust = options.trust ?? new GatewayTrustGraph(config.gatewayUrl, logger);
  const registrar = options.registrar ?? new GatewayEventRegistrar(config.gatewayUrl, logger);
  const payments = options.payments ?? new HttpPaymentsClient(nodeKeys, config.paymentsUrl);
  const keys = new EventKeys(nodeKeys);
  const events = new EventService(
    dataSource,
    new ProofVerifier(clock),
    directory,
    keys,
    registrar,
    trust,
    payments,
    clock,
    logger,
  );
  const purchases = new PurchaseService(
    dataSource,
    events,
    keys,
    payments,
    clock,
    {
      holdTtlMs: config.holdTtlMs,
      waitlistHoldMs: config.waitlistHoldMs,
      emailBuyerLimit: config.emailBuyerLimit,
      holdLimits: config.holdLimits,
    },
    logger,
  );
  const softClaims = options.softClaims ?? new GatewaySoftClaims(config.gatewayUrl, logger);
  const tickets = new TicketService(dataSource, events, purchases, keys, payments, clock, softClaims);
  const services: EventsServices = { events, purchases, tickets, clock };
  const consumer = new OutboxConsumer(dataSource, payments, purchases, clock, config.outboxPollMs, logger);
  const sweeper = new HoldSweeper(purchases, events, config.sweepIntervalMs, logger);

  const server = await startSubgraphServer({
    name: 'events',
    schema: await buildEventsSchema(),
    port: config.port,
    host: config.host,
    gatewayPublicKey: fromBase64Url(config.gatewayPublicKey),
    poolStats: poolStatsOf(dataSource),
    gauges: [
      {
        name: 'outbox_consumed_seq',
        help: "Last payments outbox event applied here; payments' outbox_head_seq minus this is the lag.",
        read: async () => {
          const rows = await dataSource.query('SELECT last_seq FROM consumer_cursor WHERE name = $1', [
            OUTBOX_CURSOR_NAME,
          ]);
          return Number(rows[0]?.last_seq ?? 0);
        },
      },
    ],
    logger,
    context: ({ viewer, logger: requestLogger }) => createContext(services, viewer, requestLogger),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
    routes: (app) => {
      // Scanners fetch and cache this; it is signed by the event DID, so any mirror can serve it.
      app.get('/events/:id/revocations.json', (req, res) => {
        tickets.revocationList(String(req.params.id)).then(
          (list) => res.set('cache-control', 'public, max-age=30').json(list),
          (error: { extensions?: { code?: string }; message?: string }) => {
            const notFound = error.extensions?.code === 'NOT_FOUND';
            if (!notFound) logger.error({ err: error }, 'revocation list failed');
            res
              .status(notFound ? 404 : 500)
              .json({ error: { message: notFound ? error.message : 'Internal server error' } });
          },
        );
      });
    },
  });
  if (options.background !== false) {
    sweeper.start();
    consumer.start();
  }

  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    config,
    services,
    consumer,
    sweeper,
    // Idempotent: tests stop it to simulate a crash and the stack stops it again at the end.
    stop: () =>
      (stopping ??= (async () => {
        await consumer.stop();
        await sweeper.stop();
        await server.stop();
        await dataSource.destroy();
      })()),
  };
}
