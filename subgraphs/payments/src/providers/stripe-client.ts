import Stripe from 'stripe';

export interface StripeClientOptions {
  secretKey: string;
  /** Base URL of the Stripe API (`https://api.stripe.com` by default); tests point it at a local fake. */
  apiBase?: string;
}

/**
 * The real Stripe SDK, optionally aimed at another host (the SDK takes host/port/protocol, not a URL).
 * Shared by the checkout provider, refunds and the Connect settlement backend.
 */
export function createStripeClient(options: StripeClientOptions): Stripe {
  const base = new URL(options.apiBase ?? 'https://api.stripe.com');
  const protocol = base.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(options.secretKey, {
    host: base.hostname,
    port: base.port || (protocol === 'http' ? 80 : 443),
    protocol,
    // The SDK retries with the same Idempotency-Key, so a retry never doubles a charge or transfer.
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
  });
}

export type { Stripe };
