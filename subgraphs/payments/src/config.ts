import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

import { checkoutConfigFrom, checkoutEnvShape, type CheckoutConfig } from './checkout/checkout.config';

export const SETTLEMENT_BACKENDS = ['ledger', 'stripe', 'solana'] as const;
export type SettlementBackendName = (typeof SETTLEMENT_BACKENDS)[number];

export const paymentsEnv = baseSubgraphEnv
  .extend({
    PORT: portFromEnv(4003),
    /** Where settled money goes: `ledger` (book entries only), `stripe` (Connect transfers); `solana` is planned. */
    SETTLEMENT_BACKEND: z.enum(SETTLEMENT_BACKENDS).default('ledger'),
    ...checkoutEnvShape,
  })
  .refine((e) => e.NODE_MASTER_KEY !== undefined, {
    message: 'payments signs receipts as the node: set NODE_MASTER_KEY (base64url 32 bytes)',
    path: ['NODE_MASTER_KEY'],
  })
  .refine((e) => e.SETTLEMENT_BACKEND !== 'solana', {
    message: 'solana settlement is planned but not implemented; use "ledger" or "stripe"',
    path: ['SETTLEMENT_BACKEND'],
  })
  .refine((e) => e.SETTLEMENT_BACKEND !== 'stripe' || e.STRIPE_SECRET_KEY !== undefined, {
    message: 'SETTLEMENT_BACKEND=stripe sends Connect transfers: set STRIPE_SECRET_KEY',
    path: ['SETTLEMENT_BACKEND'],
  });

export interface PaymentsConfig extends BaseSubgraphConfig {
  nodeMasterKey: string;
  /** Defaults to `ledger` when omitted. */
  settlementBackend?: SettlementBackendName;
  /** Checkout provider, Stripe keys, refund admins; defaults to the local provider when omitted. */
  checkout?: CheckoutConfig;
}

export function loadPaymentsConfig(env: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const parsed = parseEnv(paymentsEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    nodeMasterKey: parsed.NODE_MASTER_KEY!,
    settlementBackend: parsed.SETTLEMENT_BACKEND,
    checkout: checkoutConfigFrom(parsed),
  };
}
