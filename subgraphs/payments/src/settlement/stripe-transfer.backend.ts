import type Stripe from 'stripe';

import type { SettlementBackend, TransferRequest, TransferResult } from './settlement-backend';

/** Finds the Stripe Connect account linked to a DID (null when it has none yet). */
export type ConnectedAccountLookup = (did: string) => Promise<string | null>;

export class MissingConnectedAccountError extends Error {
  constructor(readonly did: string) {
    super(`${did} has no linked Stripe account; the transfer waits until linkStripeAccount is called`);
  }
}

/** Stripe Connect: one transfer per recipient and settlement, grouped by settlement id. */
export class StripeTransferBackend implements SettlementBackend {
  readonly name = 'stripe' as const;
  readonly movesMoney = true;

  constructor(
    private readonly stripe: Stripe,
    private readonly accountOf: ConnectedAccountLookup,
  ) {}

  async transfer(request: TransferRequest): Promise<TransferResult> {
    const destination = await this.accountOf(request.recipientDid);
    if (!destination) throw new MissingConnectedAccountError(request.recipientDid);
    const transfer = await this.stripe.transfers.create(
      {
        amount: request.amount,
        currency: request.currency,
        destination,
        transfer_group: request.settlementId,
        metadata: { settlementId: request.settlementId, recipientDid: request.recipientDid },
      },
      { idempotencyKey: request.idempotencyKey },
    );
    return { reference: transfer.id };
  }
}
