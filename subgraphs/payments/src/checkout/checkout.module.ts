import type { Express } from 'express';
import type { DataSource } from 'typeorm';

import {
  PeriodicTask,
  type Clock,
  type IdentityDirectory,
  type Logger,
  type NodeKeys,
  type ProofVerifier,
} from '@imajin/subgraph-common';

import { mountOutboxRoutes } from '../outbox/outbox.routes';
import { OutboxService } from '../outbox/outbox.service';
import type { CheckoutProvider } from '../providers/checkout-provider';
import { LocalCheckoutProvider } from '../providers/local-provider';
import { createStripeClient, type Stripe } from '../providers/stripe-client';
import { StripeCheckoutProvider } from '../providers/stripe-provider';
import { ReceiptService } from '../receipt/receipt.service';
import { mountRefundRoutes } from '../refund/refund.routes';
import { RefundService } from '../refund/refund.service';
import { StripeWebhookService } from '../webhook/stripe-webhook.service';
import { mountWebhookRoutes } from '../webhook/webhook.routes';

import { CheckoutSecrets } from './checkout-secret';
import { type CheckoutConfig, defaultCheckoutConfig } from './checkout.config';
import type { CheckoutServices } from './checkout.loaders';
import { mountCheckoutRoutes } from './checkout.routes';
import { CheckoutService } from './checkout.service';
import type { SettlementPort } from './settlement-port';

export interface CheckoutModuleDeps {
  config?: CheckoutConfig;
  dataSource: DataSource;
  settlement: SettlementPort;
  verifier: ProofVerifier;
  directory: IdentityDirectory;
  nodeKeys: NodeKeys;
  /** Derives each local checkout's secret (see checkout-secret.ts). */
  nodeMasterKey: string;
  clock: Clock;
  logger: Logger;
}

/**
 * Checkout, webhooks, receipts, refunds and the outbox, wired together: index.ts adds `services`, mounts
 * `routes`, calls `listening(url)` once the server has an address, and `stop()` on shutdown.
 */
export function createCheckoutModule(deps: CheckoutModuleDeps) {
  const config = deps.config ?? defaultCheckoutConfig;
  let publicUrl = config.publicUrl ?? '';
  const urlOf = () => publicUrl;
  const stripe: Stripe | undefined = config.stripe
    ? createStripeClient({ secretKey: config.stripe.secretKey, apiBase: config.stripe.apiBase })
    : undefined;
  const provider: CheckoutProvider =
    config.provider === 'stripe'
      ? new StripeCheckoutProvider(stripe!, urlOf, () => deps.clock.now())
      : new LocalCheckoutProvider(urlOf);
  const outbox = new OutboxService(deps.dataSource);
  const receipts = new ReceiptService(deps.dataSource, deps.nodeKeys);
  const checkouts = new CheckoutService(
    deps.dataSource,
    provider,
    deps.settlement,
    receipts,
    outbox,
    deps.verifier,
    deps.directory,
    deps.clock,
    { ttlMs: config.ttlMs },
    deps.logger,
    new CheckoutSecrets(deps.nodeMasterKey),
  );
  const refunds = new RefundService(
    deps.dataSource,
    checkouts,
    provider,
    deps.settlement,
    outbox,
    deps.verifier,
    deps.directory,
    deps.clock,
    config.adminDids,
    deps.logger,
  );
  const webhooks =
    stripe && config.stripe?.webhookSecret
      ? new StripeWebhookService(
          deps.dataSource,
          stripe,
          config.stripe.webhookSecret,
          checkouts,
          refunds,
          provider,
          deps.clock,
          deps.logger,
        )
      : undefined;
  if (config.localInProduction)
    deps.logger.warn(
      'PAYMENTS_ALLOW_LOCAL_CHECKOUT=true in production: the LOCAL checkout provider is on, its Pay button marks ' +
        'checkouts paid and credits ledgers WITHOUT TAKING ANY MONEY. Use CHECKOUT_PROVIDER=stripe on a real node.',
    );
  if (config.provider === 'local' && !config.publicUrl)
    deps.logger.info('checkout provider: local (links point at this subgraph)');

  const sweeper = new PeriodicTask({
    name: 'checkout sweep',
    intervalMs: config.sweepIntervalMs,
    logger: deps.logger,
    run: () => checkouts.sweep(),
  });
  const services: CheckoutServices = { checkouts, receipts, refunds, outbox };

  return {
    services,
    webhooks,
    stripe,
    routes: (app: Express) => {
      mountCheckoutRoutes(app, checkouts, deps.nodeKeys, deps.logger);
      mountOutboxRoutes(app, outbox, deps.nodeKeys, deps.logger);
      mountRefundRoutes(app, refunds, deps.nodeKeys, deps.logger);
      if (webhooks) mountWebhookRoutes(app, webhooks, deps.logger);
    },
    /** Call once the server listens: fills the default public URL and starts the expiry sweeper. */
    listening(graphqlUrl: string, sweep = true) {
      if (!publicUrl) publicUrl = graphqlUrl.replace(/\/graphql$/, '');
      if (sweep) sweeper.start();
    },
    stop() {
      return sweeper.stop();
    },
  };
}

export type CheckoutModule = ReturnType<typeof createCheckoutModule>;
