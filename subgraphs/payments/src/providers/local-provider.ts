import type {
  CheckoutProvider,
  ProviderSession,
  ProviderSessionState,
  SessionRequest,
} from './checkout-provider';

/**
 * The development provider: the payments subgraph serves the checkout page itself (GET /checkout/:id)
 * and its Pay button completes the payment at once, so the whole flow runs with no internet.
 */
export class LocalCheckoutProvider implements CheckoutProvider {
  readonly name = 'local' as const;

  constructor(private readonly publicUrl: () => string) {}

  async createSession(request: SessionRequest): Promise<ProviderSession> {
    return { sessionId: null, url: `${this.publicUrl()}/checkout/${request.checkoutId}` };
  }

  async sessionState(): Promise<ProviderSessionState> {
    // The local page reports completion directly; there is no remote state to consult.
    return { state: 'open', paymentRef: null };
  }

  async expireSession(): Promise<void> {}

  async refund(): Promise<string | null> {
    return null;
  }
}
