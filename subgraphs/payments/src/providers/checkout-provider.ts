/** What a provider needs to open a hosted payment page for one checkout. */
export interface SessionRequest {
  checkoutId: string;
  paymentId: string;
  reference: string;
  amount: number;
  currency: string;
  description: string;
  buyerDid: string;
  metadata: Record<string, string>;
  expiresAt: Date;
}

export interface ProviderSession {
  /** The provider's id for the session (Stripe `cs_...`); null for the local provider. */
  sessionId: string | null;
  /** Where the buyer pays. */
  url: string;
}

/** The provider's own view of a session, which wins over any webhook's copy of it. */
export interface ProviderSessionState {
  state: 'open' | 'paid' | 'expired';
  /** The provider's payment reference once paid (Stripe PaymentIntent id). */
  paymentRef: string | null;
}

/**
 * A place the buyer pays (Stripe Checkout, or the local page). The checkout service owns the state
 * machine; providers only open, inspect, close and refund sessions, each call idempotent by our ids.
 */
export interface CheckoutProvider {
  readonly name: 'local' | 'stripe';
  createSession(request: SessionRequest): Promise<ProviderSession>;
  sessionState(sessionId: string): Promise<ProviderSessionState>;
  /** Closes an open session so it can no longer be paid; a session that is no longer open is left alone. */
  expireSession(sessionId: string): Promise<void>;
  /** Refunds a paid session in full; returns the provider's refund id (null when nothing external moved). */
  refund(
    paymentRef: string | null,
    amount: number,
    idempotencyKey: string,
    metadata: Record<string, string>,
  ): Promise<string | null>;
}
