import 'reflect-metadata';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';

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
  type NodeKeys,
  poolStatsOf,
} from '@imajin/subgraph-common';

import { MoneyAccess } from './access/money.access';
import { createCheckoutModule } from './checkout/checkout.module';
import type { PaymentsConfig } from './config';
import { createContext, type PaymentsServices } from './context';
import { ledgerEntities } from './ledger/ledger.entity';
import { LedgerService } from './ledger/ledger.service';
import { manifestEntities } from './manifest/manifest.entity';
import { ManifestService } from './manifest/manifest.service';
import { PaymentsInit1732500000300 } from './migrations/1732500000300-payments-init';
import { PaymentsCheckout1732500000310 } from './migrations/1732500000310-payments-checkout';
import { createStripeClient } from './providers/stripe-client';
import { buildPaymentsSchema } from './schema';
import { settlementEntities } from './settlement/settlement.entity';
import { createSettlementServices } from './settlement/settlement.factory';

export { loadPaymentsConfig, loadPaymentsConfig as loadConfig, type PaymentsConfig } from './config';
export { buildPaymentsSchema, buildPaymentsSchema as buildSchema } from './schema';

export const PAYMENTS_SCHEMA = 'payments';
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const paymentsEntities: Function[] = [...manifestEntities, ...ledgerEntities, ...settlementEntities];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const paymentsMigrations: Function[] = [PaymentsInit1732500000300, PaymentsCheckout1732500000310];

export interface PaymentsStartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Tests pass a StaticIdentityDirectory; by default identities are looked up through the gateway. */
  directory?: IdentityDirectory;
  /** Run the checkout expiry sweeper on an interval (default true; tests call services.checkouts.sweep()). */
  checkoutSweeper?: boolean;
}

export interface RunningPayments {
  url: string;
  port: number;
  services: PaymentsServices;
  dataSource: DataSource;
  nodeKeys: NodeKeys;
  stop(): Promise<void>;
}

export async function start(
  config: PaymentsConfig,
  options: PaymentsStartOptions = {},
): Promise<RunningPayments> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('payments', config.logLevel);
  const nodeKeys = nodeKeysFromMaster(config.nodeMasterKey);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: PAYMENTS_SCHEMA,
    entities: paymentsEntities,
    migrations: paymentsMigrations,
    logger,
  });
  const directory = options.directory ?? new GatewayIdentityDirectory(config.gatewayUrl, logger);
  const verifier = new ProofVerifier(clock);
  const manifests = new ManifestService(dataSource, verifier, directory, clock, logger);
  const settlement = createSettlementServices({
    dataSource,
    manifests,
    verifier,
    directory,
    clock,
    logger,
    nodeDid: nodeKeys.signing.did,
    backend: config.settlementBackend,
    stripe: config.checkout?.stripe ? () => createStripeClient(config.checkout!.stripe!) : undefined,
  });
  const stopDispatcher = settlement.startDispatcher();
  const checkout = createCheckoutModule({
    config: config.checkout,
    dataSource,
    settlement: settlement.settlements,
    verifier,
    directory,
    nodeKeys,
    nodeMasterKey: config.nodeMasterKey,
    clock,
    logger,
  });
  const services: PaymentsServices = {
    manifests,
    ledger: new LedgerService(dataSource),
    settlements: settlement.settlements,
    connectedAccounts: settlement.connectedAccounts,
    access: new MoneyAccess(config.checkout?.adminDids ?? []),
    ...checkout.services,
    clock,
  };
  const routes: Array<(app: Express) => void> = [checkout.routes];

  const server = await startSubgraphServer({
    name: 'payments',
    schema: await buildPaymentsSchema(),
    port: config.port,
    host: config.host,
    gatewayPublicKey: fromBase64Url(config.gatewayPublicKey),
    poolStats: poolStatsOf(dataSource),
    gauges: [
      {
        name: 'outbox_head_seq',
        help: 'Sequence number of the newest outbox event; events reports how far it has consumed.',
        read: async () =>
          Number((await dataSource.query('SELECT coalesce(max(seq), 0) AS s FROM outbox'))[0].s),
      },
    ],
    logger,
    context: ({ viewer, logger: requestLogger }) => createContext(services, viewer, requestLogger),
    routes: (app) => routes.forEach((mount) => mount(app)),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
  });
  checkout.listening(server.url, options.checkoutSweeper !== false);

  return {
    url: server.url,
    port: server.port,
    services,
    dataSource,
    nodeKeys,
    stop: async () => {
      await checkout.stop();
      await stopDispatcher();
      await server.stop();
      await dataSource.destroy();
    },
  };
}
