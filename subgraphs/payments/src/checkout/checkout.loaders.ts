import DataLoader from 'dataloader';

import type { OutboxService } from '../outbox/outbox.service';
import type { ReceiptRow, ReceiptService } from '../receipt/receipt.service';
import type { RefundRow, RefundService } from '../refund/refund.service';

import type { CheckoutRow } from './checkout.rows';
import type { CheckoutService } from './checkout.service';

export interface CheckoutServices {
  checkouts: CheckoutService;
  receipts: ReceiptService;
  refunds: RefundService;
  outbox: OutboxService;
}

/** Per-request loaders for checkouts, payments, receipts and refunds. */
export function createCheckoutLoaders(s: CheckoutServices) {
  return {
    checkout: new DataLoader<string, CheckoutRow | null>((ids) => s.checkouts.checkouts(ids)),
    payment: new DataLoader<string, CheckoutRow | null>((ids) => s.checkouts.payments(ids)),
    receipt: new DataLoader<string, ReceiptRow | null>((ids) => s.receipts.getMany(ids)),
    receiptOfPayment: new DataLoader<string, ReceiptRow | null>((ids) => s.receipts.forPayments(ids)),
    refundOfPayment: new DataLoader<string, RefundRow | null>((ids) => s.refunds.forPayments(ids)),
  };
}

export type CheckoutLoaders = ReturnType<typeof createCheckoutLoaders>;
