import { isSoftDid, emailFromSoftDid } from '@imajin/protocol';

import type {
  CheckoutProvider,
  ProviderSession,
  ProviderSessionState,
  SessionRequest,
} from './checkout-provider';
import type { Stripe } from './stripe-client';

// Stripe refuses expires_at sooner than 30 minutes or later than 24 hours from now.
const STRIPE_MIN_TTL_S = 30 * 60 + 60;
const STRIPE_MAX_TTL_S = 24 * 60 * 60 - 60;

/** Stripe Checkout Sessions through the real SDK; every write carries an Idempotency-Key derived from our ids. */
export class StripeCheckoutProvider implements CheckoutProvider {
  readonly name = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly publicUrl: () => string,
    private readonly now: () => Date,
  ) {}

  async createSession(request: SessionRequest): Promise<ProviderSession> {
    const nowS = Math.floor(this.now().getTime() / 1000);
    const wantS = Math.floor(request.expiresAt.getTime() / 1000);
    // Our expiry may be sooner than Stripe allows: the sweeper then closes the session at our expiresAt.
    const expiresAt = Math.min(Math.max(wantS, nowS + STRIPE_MIN_TTL_S), nowS + STRIPE_MAX_TTL_S);
    const base = `${this.publicUrl()}/checkout/${request.checkoutId}`;
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.checkoutId,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: request.currency,
              unit_amount: request.amount,
              product_data: { name: request.description },
            },
          },
        ],
        metadata: { ...request.metadata, checkoutId: request.checkoutId, paymentId: request.paymentId },
        payment_intent_data: {
          metadata: { checkoutId: request.checkoutId, paymentId: request.paymentId },
        },
        ...(isSoftDid(request.buyerDid) ? { customer_email: emailFromSoftDid(request.buyerDid) } : {}),
        success_url: `${base}?result=success`,
        cancel_url: `${base}?result=cancel`,
        expires_at: expiresAt,
      },
      { idempotencyKey: `imajin:checkout:${request.checkoutId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { sessionId: session.id, url: session.url };
  }

  async sessionState(sessionId: string): Promise<ProviderSessionState> {
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    const paymentRef =
      typeof session.payment_intent === 'string'
        ? session.payment_intent
        : (session.payment_intent?.id ?? null);
    if (session.status === 'complete' && session.payment_status !== 'unpaid')
      return { state: 'paid', paymentRef };
    if (session.status === 'expired') return { state: 'expired', paymentRef: null };
    return { state: 'open', paymentRef: null };
  }

  async expireSession(sessionId: string): Promise<void> {
    const state = await this.sessionState(sessionId);
    if (state.state === 'open') {
      await this.stripe.checkout.sessions.expire(
        sessionId,
        {},
        { idempotencyKey: `imajin:expire:${sessionId}` },
      );
    }
  }

  async refund(
    paymentRef: string | null,
    amount: number,
    idempotencyKey: string,
    metadata: Record<string, string>,
  ): Promise<string | null> {
    if (!paymentRef) throw new Error('A Stripe payment without a PaymentIntent cannot be refunded');
    const refund = await this.stripe.refunds.create(
      { payment_intent: paymentRef, amount, metadata },
      { idempotencyKey },
    );
    return refund.id;
  }
}
