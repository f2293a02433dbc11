import type { CheckoutRow } from '../checkout/checkout.rows';
import type { PaymentsContext } from '../context';
import type { ReceiptRow } from '../receipt/receipt.service';
import type { SettlementRow } from '../settlement/settlement.service';

import type { PaymentAudience } from './money.access';

/** The manifest's creator, through the request's loader (asked only when the cheap checks failed). */
const creatorOf = (ctx: PaymentsContext, manifestId: string) => async () =>
  (await ctx.loaders.manifest.load(manifestId))?.owner_did;

/** A payment or its checkout: recipients are the receipt's parties, once it completed. */
export const paymentAudience = (ctx: PaymentsContext, row: CheckoutRow): PaymentAudience => ({
  payerDid: row.buyer_did,
  manifestCreator: creatorOf(ctx, row.manifest_id),
  recipients: async () => (await ctx.checkoutLoaders.receiptOfPayment.load(row.payment_id))?.party_dids ?? [],
});

export const receiptAudience = (ctx: PaymentsContext, row: ReceiptRow): PaymentAudience => ({
  payerDid: row.payload.buyerDid,
  manifestCreator: creatorOf(ctx, row.payload.manifestId),
  recipients: async () => row.party_dids,
});

export const settlementAudience = (ctx: PaymentsContext, row: SettlementRow): PaymentAudience => ({
  payerDid: row.payer_did,
  manifestCreator: creatorOf(ctx, row.manifest_id),
  recipients: async () => (await ctx.loaders.settlementLines.load(row.id)).map((l) => l.recipient_did),
});
