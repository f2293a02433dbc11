import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import { CheckoutResolver, PaymentResolver, resolvePaymentReference } from './checkout/checkout.resolver';
import type { PaymentsContext } from './context';
import { IdentityPaymentsResolver, resolveIdentityReference } from './identity/identity.resolver';
import { Identity } from './identity/identity.types';
import { toFairManifest } from './manifest/manifest.mapper';
import { FairManifestResolver } from './manifest/manifest.resolver';
import {
  IdentityReceiptsResolver,
  ReceiptResolver,
  resolveReceiptReference,
} from './receipt/receipt.resolver';
import { RefundResolver } from './refund/refund.resolver';
import { readableSettlement, SettlementResolver } from './settlement/settlement.resolver';

type RefResolver = (ref: never, ctx: never) => unknown;

async function resolveSettlementReference(ref: { id: string }, ctx: PaymentsContext) {
  return readableSettlement(ctx, ref.id);
}

async function resolveManifestReference(ref: { id: string }, ctx: PaymentsContext) {
  const row = await ctx.loaders.manifest.load(ref.id);
  return row ? toFairManifest(row) : null;
}

/** Resolvers of every payments folder; checkout/webhook/receipt/refund add theirs to this list. */
export const paymentsResolvers = [
  FairManifestResolver,
  IdentityPaymentsResolver,
  SettlementResolver,
  CheckoutResolver,
  PaymentResolver,
  ReceiptResolver,
  IdentityReceiptsResolver,
  RefundResolver,
] as const;

export const paymentsReferenceResolvers = {
  FairManifest: { __resolveReference: resolveManifestReference as RefResolver },
  Identity: { __resolveReference: resolveIdentityReference as RefResolver },
  Settlement: { __resolveReference: resolveSettlementReference as RefResolver },
  Payment: { __resolveReference: resolvePaymentReference as RefResolver },
  Receipt: { __resolveReference: resolveReceiptReference as RefResolver },
};

export function buildPaymentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [...paymentsResolvers], orphanedTypes: [Identity], validate: false },
    paymentsReferenceResolvers,
  );
}
