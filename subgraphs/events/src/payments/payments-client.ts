import { BadUserInputError, callService, type NodeKeys } from '@imajin/subgraph-common';

/** The payments contract (PAYMENTS-EVENTS-CONTRACT.md), as events calls it. */
export interface CheckoutRequest {
  reference: string;
  amount: number;
  currency: string;
  manifestId: string;
  buyerDid: string;
  description: string;
  metadata: Record<string, string>;
  expiresAt: string;
}

export interface Checkout {
  checkoutId: string;
  paymentId: string;
  provider: string;
  url: string;
  status: 'OPEN' | 'COMPLETED' | 'EXPIRED' | 'CANCELED';
  expiresAt: string;
}

export interface Refund {
  refundId: string;
  paymentId: string;
  status: 'REFUNDED';
}

export interface OutboxEvent {
  seq: number;
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface OutboxPage {
  events: OutboxEvent[];
  lastSeq: number;
}

export interface PaymentsPort {
  readonly configured: boolean;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  refund(paymentId: string, reason: string): Promise<Refund>;
  outbox(after: number, limit: number): Promise<OutboxPage>;
}

/** Node-signed calls to the payments subgraph's internal routes. */
export class HttpPaymentsClient implements PaymentsPort {
  readonly configured: boolean;

  constructor(
    private readonly keys: NodeKeys,
    private readonly baseUrl: string | null,
  ) {
    this.configured = baseUrl !== null;
  }

  private url(path: string): string {
    if (!this.baseUrl)
      throw new BadUserInputError('Paid tickets are not available on this node: payments is not configured');
    return `${this.baseUrl}${path}`;
  }

  createCheckout(request: CheckoutRequest): Promise<Checkout> {
    return callService<Checkout>(this.keys, this.url('/internal/checkouts'), request);
  }

  refund(paymentId: string, reason: string): Promise<Refund> {
    return callService<Refund>(this.keys, this.url('/internal/refunds'), { paymentId, reason });
  }

  outbox(after: number, limit: number): Promise<OutboxPage> {
    return callService<OutboxPage>(this.keys, this.url('/internal/outbox'), { after, limit });
  }
}
