/** A checkout joined with its payment, as every checkout/payment read selects it. */
export interface CheckoutRow {
  checkout_id: string;
  payment_id: string;
  reference: string;
  amount: string;
  currency: string;
  manifest_id: string;
  buyer_did: string;
  description: string;
  metadata: Record<string, string>;
  provider: 'local' | 'stripe';
  provider_session_id: string | null;
  provider_payment_ref: string | null;
  url: string;
  checkout_status: CheckoutStatus;
  payment_status: PaymentStatus;
  settlement_id: string | null;
  signature: string | null;
  signed_payload: string | null;
  expires_at: Date;
  created_at: Date;
  closed_at: Date | null;
  completed_at: Date | null;
  refunded_at: Date | null;
}

export type CheckoutStatus = 'OPEN' | 'COMPLETED' | 'EXPIRED' | 'CANCELED';
export type PaymentStatus = 'PENDING' | 'COMPLETED' | 'REFUNDED' | 'FAILED';

export const CHECKOUT_SELECT = `
  SELECT c.id AS checkout_id, p.id AS payment_id, p.reference, p.amount::text AS amount, p.currency,
         p.manifest_id, p.buyer_did, p.description, p.metadata, p.provider, c.provider_session_id,
         p.provider_payment_ref, c.url, c.status AS checkout_status, p.status AS payment_status,
         p.settlement_id, p.signature, p.signed_payload, c.expires_at, c.created_at, c.closed_at,
         p.completed_at, p.refunded_at
    FROM checkouts c JOIN payments p ON p.id = c.payment_id`;

/** The internal route's answer (PAYMENTS-EVENTS-CONTRACT). */
export interface CheckoutView {
  checkoutId: string;
  paymentId: string;
  provider: 'local' | 'stripe';
  url: string;
  status: CheckoutStatus;
  expiresAt: string;
}

export const toCheckoutView = (row: CheckoutRow): CheckoutView => ({
  checkoutId: row.checkout_id,
  paymentId: row.payment_id,
  provider: row.provider,
  url: row.url,
  status: row.checkout_status,
  expiresAt: row.expires_at.toISOString(),
});
