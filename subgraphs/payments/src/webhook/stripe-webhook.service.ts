import type { DataSource, EntityManager } from 'typeorm';

import { BadSignatureError, type Clock, type Logger } from '@imajin/subgraph-common';

import type { CheckoutRow } from '../checkout/checkout.rows';
import type { CheckoutService } from '../checkout/checkout.service';
import type { CheckoutProvider } from '../providers/checkout-provider';
import type { Stripe } from '../providers/stripe-client';
import type { RefundService } from '../refund/refund.service';

/** Stripe's own default: a signed webhook older than five minutes is refused (replay window). */
export const WEBHOOK_TOLERANCE_S = 300;

export type WebhookOutcome =
  | 'DUPLICATE'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'STILL_OPEN'
  | 'REFUNDED'
  | 'PARKED'
  | 'NO_CHANGE'
  | 'IGNORED_UNKNOWN_SESSION'
  | 'IGNORED_PARTIAL_REFUND'
  | 'IGNORED_TYPE';

const SESSION_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);

/**
 * Stripe webhooks. Each event id takes effect at most once (processed_webhooks is written in the same
 * transaction as the effect). Order does not matter: a session event is only a hint to ask Stripe for the
 * session's current state, and states never move backwards; a refund that arrives before its payment's
 * completion is parked and applied in the completion's transaction.
 */
export class StripeWebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: Stripe,
    private readonly webhookSecret: string,
    private readonly checkouts: CheckoutService,
    private readonly refunds: RefundService,
    private readonly provider: CheckoutProvider,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    checkouts.afterComplete.push((tx, row) => this.applyParkedRefund(tx, row));
  }

  /** Verifies the raw body against the Stripe-Signature header with the real SDK. */
  verify(rawBody: Buffer, header: string | string[] | undefined): Stripe.Event {
    if (typeof header !== 'string' || header.length === 0)
      throw new BadSignatureError('Missing Stripe-Signature header');
    try {
      return this.stripe.webhooks.constructEvent(
        rawBody,
        header,
        this.webhookSecret,
        WEBHOOK_TOLERANCE_S,
        undefined,
        this.clock.now().getTime(),
      );
    } catch (error) {
      throw new BadSignatureError(`Stripe webhook rejected: ${(error as Error).message}`);
    }
  }

  async handle(event: Stripe.Event): Promise<WebhookOutcome> {
    if (await this.seen(event.id)) return 'DUPLICATE';
    if (SESSION_EVENTS.has(event.type)) return this.onSession(event);
    if (event.type === 'charge.refunded') return this.onChargeRefunded(event);
    return this.record(event, 'IGNORED_TYPE');
  }

  private async onSession(event: Stripe.Event): Promise<WebhookOutcome> {
    const sessionId = (event.data.object as { id: string }).id;
    const row = await this.checkouts.bySession(this.dataSource.manager, sessionId);
    if (!row) return this.record(event, 'IGNORED_UNKNOWN_SESSION');
    // The event may be stale or reordered; the session as Stripe holds it now is the truth.
    const state = await this.provider.sessionState(sessionId);
    return this.inTx(event, async (tx) => {
      if (state.state === 'paid') {
        const before = row.payment_status;
        await this.checkouts.completeInTx(tx, row.checkout_id, {
          kind: 'provider',
          paymentRef: state.paymentRef,
        });
        return before === 'PENDING' || before === 'FAILED' ? 'COMPLETED' : 'NO_CHANGE';
      }
      if (state.state === 'expired') {
        const closed = await this.checkouts.closeInTx(tx, row.checkout_id, 'EXPIRED');
        return row.checkout_status === 'OPEN' && closed.checkout_status === 'EXPIRED'
          ? 'EXPIRED'
          : 'NO_CHANGE';
      }
      return 'STILL_OPEN';
    });
  }

  private async onChargeRefunded(event: Stripe.Event): Promise<WebhookOutcome> {
    const charge = event.data.object as Stripe.Charge;
    const paymentRef =
      typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (!paymentRef) return this.record(event, 'IGNORED_TYPE');
    // Full refunds only: a partial refund has no exact reversal of the split, so it is left to an admin.
    if (!charge.refunded || charge.amount_refunded < charge.amount) {
      this.logger.warn({ eventId: event.id, paymentRef }, 'partial refund at Stripe ignored');
      return this.record(event, 'IGNORED_PARTIAL_REFUND');
    }
    const refundId = charge.refunds?.data?.[0]?.id ?? null;
    return this.inTx(
      event,
      async (tx) => {
        const row = await this.checkouts.byPaymentRef(tx, paymentRef);
        if (!row) return 'PARKED';
        if (row.payment_status !== 'COMPLETED') return 'NO_CHANGE';
        await this.refunds.refundInTx(tx, row.payment_id, {
          reason: 'refunded_at_stripe',
          requestedBy: 'stripe',
          providerRefundId: refundId,
        });
        return 'REFUNDED';
      },
      paymentRef,
    );
  }

  /** Runs in the completion transaction: a refund Stripe reported before the completion applies now. */
  private async applyParkedRefund(tx: EntityManager, row: CheckoutRow): Promise<void> {
    if (!row.provider_payment_ref) return;
    const parked: Array<{ event_id: string }> = await tx.query(
      `SELECT event_id FROM processed_webhooks WHERE parked_key = $1 AND outcome = 'PARKED' FOR UPDATE`,
      [row.provider_payment_ref],
    );
    if (parked.length === 0) return;
    await this.refunds.refundInTx(tx, row.payment_id, {
      reason: 'refunded_at_stripe',
      requestedBy: 'stripe',
      providerRefundId: null,
    });
    await tx.query(`UPDATE processed_webhooks SET outcome = 'APPLIED' WHERE event_id = ANY($1)`, [
      parked.map((p) => p.event_id),
    ]);
  }

  private async seen(eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM processed_webhooks WHERE event_id = $1',
      [eventId],
    );
    return rows.length > 0;
  }

  private record(event: Stripe.Event, outcome: WebhookOutcome): Promise<WebhookOutcome> {
    return this.inTx(event, async () => outcome);
  }

  /** Claims the event id and applies its effect in one transaction; a concurrent twin waits, then no-ops. */
  private async inTx(
    event: Stripe.Event,
    effect: (tx: EntityManager) => Promise<WebhookOutcome>,
    parkedKey: string | null = null,
  ): Promise<WebhookOutcome> {
    return this.dataSource.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO processed_webhooks (event_id, owner_did, type, outcome, parked_key, received_at)
         VALUES ($1, 'stripe', $2, 'PROCESSING', $3, $4) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.id, event.type, parkedKey, this.clock.now()],
      );
      if (claimed.length === 0) return 'DUPLICATE';
      const outcome = await effect(tx);
      await tx.query('UPDATE processed_webhooks SET outcome = $2 WHERE event_id = $1', [event.id, outcome]);
      return outcome;
    });
  }
}
