import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { isSoftDid, isValidMjnDid, type Proof, MjnActions } from '@imajin/protocol';
import {
  BadSignatureError,
  BadUserInputError,
  type Clock,
  ConflictError,
  type Logger,
  NotFoundError,
  uniqueViolation,
  type VerifiedProof,
} from '@imajin/subgraph-common';

import type { EventKeys } from '../event/event-keys';
import { type EventEntity, TierEntity } from '../event/event.entity';
import type { EventService } from '../event/event.service';
import type { PaymentsPort } from '../payments/payments-client';

import { HoldLimits, requireSoftBuyer, type Asker, type HoldLimitOptions } from './hold-limits';
import { updatedRows } from './sql';
import { HoldEntity, WaitlistEntryEntity } from './ticket.entity';
import type { JoinWaitlistInput, PurchaseTicketInput } from './ticket.inputs';

export const PurchaseProofTypes = {
  purchaseTicket: MjnActions.events.purchaseTicket,
  joinWaitlist: MjnActions.events.joinWaitlist,
} as const;

export interface PurchaseOptions {
  holdTtlMs: number;
  waitlistHoldMs: number;
  /** Tickets plus open holds one did:email buyer may have per event. */
  emailBuyerLimit: number;
  holdLimits: HoldLimitOptions;
}

/** What an outbox event did, stored beside its id; `refund` is a payment to refund after commit. */
export interface Effect {
  outcome: string;
  refund?: string;
}

function toHoldEntity(r: Record<string, unknown>): HoldEntity {
  return Object.assign(new HoldEntity(), {
    id: r.id,
    tierId: r.tier_id,
    eventId: r.event_id,
    ownerDid: r.owner_did,
    buyerDid: r.buyer_did,
    status: r.status,
    amount: String(r.amount),
    currency: r.currency,
    expiresAt: r.expires_at,
    checkoutId: r.checkout_id,
    checkoutUrl: r.checkout_url,
    paymentId: r.payment_id,
    waitlistEntryId: r.waitlist_entry_id,
    refundConfirmedAt: r.refund_confirmed_at,
    clientIp: r.client_ip,
    signature: r.signature,
    signedPayload: r.signed_payload,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

interface HoldRow {
  id: string;
  tier_id: string;
  event_id: string;
  buyer_did: string;
  status: string;
  amount: string;
  currency: string;
  payment_id: string | null;
  waitlist_entry_id: string | null;
}

/**
 * Seats: a tier's `reserved` only moves by a conditional UPDATE (reserved < capacity), so concurrent buyers
 * can never take more seats than exist; every release either offers the seat to the next waitlisted buyer or
 * gives it back, in the same transaction as the change that freed it.
 */
export class PurchaseService {
  private readonly limits: HoldLimits;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly keys: EventKeys,
    private readonly payments: PaymentsPort,
    private readonly clock: Clock,
    private readonly options: PurchaseOptions,
    private readonly logger: Logger,
  ) {
    this.limits = new HoldLimits(options.holdLimits);
  }

  private checkBuyer(did: string): 'mjn' | 'email' {
    if (isValidMjnDid(did)) return 'mjn';
    if (isSoftDid(did)) return 'email';
    throw new BadUserInputError('buyerDid must be a did:mjn or a did:email', { field: 'buyerDid' });
  }

  /** did:mjn buyers sign; did:email buyers cannot, so they act through a session that proved the email. */
  private async buyerProof(
    type: string,
    input: { buyerDid: string },
    proof: Proof | null | undefined,
    asker: Asker,
  ): Promise<VerifiedProof | null> {
    if (this.checkBuyer(input.buyerDid) === 'email') {
      if (proof)
        throw new BadUserInputError('A did:email buyer cannot sign; omit the proof', { field: 'proof' });
      requireSoftBuyer(input.buyerDid, asker);
      return null;
    }
    if (!proof) throw new BadSignatureError('A did:mjn buyer must sign this request (proof is missing)');
    return this.events.verifySignedBy(type, input, proof, input.buyerDid);
  }

  async requireTier(id: string): Promise<TierEntity> {
    const tier =
      typeof id === 'string' && id.length <= 100
        ? await this.dataSource.getRepository(TierEntity).findOneBy({ id })
        : null;
    if (!tier || tier.deletedAt) throw new NotFoundError(`No ticket tier ${id}`);
    return tier;
  }

  private checkSaleWindow(tier: TierEntity, now: Date): void {
    if (tier.salesStart && now < tier.salesStart)
      throw new BadUserInputError(
        `Tier "${tier.name}" is not on sale yet: sales open at ${tier.salesStart.toISOString()}`,
        { field: 'tierId' },
      );
    if (tier.salesEnd && now >= tier.salesEnd)
      throw new BadUserInputError(
        `Tier "${tier.name}" is no longer on sale: sales closed at ${tier.salesEnd.toISOString()}`,
        {
          field: 'tierId',
        },
      );
  }

  private async openEvent(tier: TierEntity): Promise<EventEntity> {
    const event = await this.events.requireEvent(tier.eventId);
    if (event.status !== 'ACTIVE') throw new ConflictError(`Event "${event.title}" is canceled`);
    return event;
  }

  /**
   * Reserves a seat for the buyer. Free tiers issue the ticket at once; paid tiers return a PENDING hold with
   * payments' checkout URL, and the ticket is issued when payments reports the payment complete.
   */
  async purchase(
    input: PurchaseTicketInput,
    proof: Proof | null | undefined,
    asker: Asker,
  ): Promise<HoldEntity> {
    const verified = await this.buyerProof(PurchaseProofTypes.purchaseTicket, input, proof, asker);
    const tier = await this.requireTier(input.tierId);
    const event = await this.openEvent(tier);
    const now = this.clock.now();
    this.checkSaleWindow(tier, now);
    await this.events.requireVisible(event, input.buyerDid, 'buy tickets');
    const amount = Number(tier.price);
    if (amount > 0 && !this.payments.configured)
      throw new BadUserInputError('Paid tickets are not available on this node: payments is not configured');

    const soldOut = () =>
      new ConflictError(`Tier "${tier.name}" is sold out; join its waitlist to be offered a released seat`);
    // A cheap unlocked look first, so buyers of a sold-out tier do not queue on its row (a waitlist offer
    // for this buyer is the exception: it already holds a seat).
    if (tier.reserved >= tier.capacity && !(await this.hasOffer(tier.id, input.buyerDid, now)))
      throw soldOut();
    const hold = await this.dataSource.transaction(async (tx) => {
      if (verified) await this.events.record(tx, verified);
      // One purchase at a time per buyer and event, so the per-buyer counts below cannot race.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`buyer:${event.id}:${input.buyerDid}`]);
      const [state] = (await tx.query(
        `SELECT
           (SELECT id FROM holds WHERE tier_id = $1 AND buyer_did = $2 AND status = 'OFFERED' AND expires_at > $3
             LIMIT 1) AS offered,
           (SELECT count(*) FROM holds WHERE tier_id = $1 AND buyer_did = $2 AND status IN ('PENDING', 'OFFERED')
             AND expires_at > $3)
           + (SELECT count(*) FROM tickets WHERE tier_id = $1 AND holder_did = $2 AND status = 'VALID') AS in_tier,
           (SELECT count(*) FROM holds WHERE event_id = $4 AND buyer_did = $2 AND status IN ('PENDING', 'OFFERED')
             AND expires_at > $3)
           + (SELECT count(*) FROM tickets WHERE event_id = $4 AND holder_did = $2 AND status = 'VALID') AS in_event,
           (SELECT reserved >= capacity FROM ticket_tiers WHERE id = $1) AS full`,
        [tier.id, input.buyerDid, now, event.id],
      )) as Array<{ offered: string | null; in_tier: string; in_event: string; full: boolean }>;
      // Unlocked and possibly stale, but it spares losing buyers the work below once the tier has filled.
      if (state.full && !state.offered) throw soldOut();
      const status = amount === 0 ? 'ISSUED' : 'PENDING';
      const expiresAt = new Date(now.getTime() + this.options.holdTtlMs);
      let row: HoldEntity;
      if (state.offered) {
        // A seat the waitlist offered this buyer: already reserved, now claimed.
        const claimed = updatedRows<Record<string, unknown>>(
          await tx.query(
            `UPDATE holds SET status = $2, expires_at = $3, updated_at = $4, signature = $5, signed_payload = $6
             WHERE id = $1 AND status = 'OFFERED' RETURNING *`,
            [state.offered, status, expiresAt, now, verified?.signature ?? null, verified?.canonical ?? null],
          ),
        );
        if (claimed.length === 0) throw soldOut();
        await tx.query(`UPDATE waitlist_entries SET status = 'CLAIMED', updated_at = $2 WHERE hold_id = $1`, [
          state.offered,
          now,
        ]);
        row = toHoldEntity(claimed[0]);
      } else {
        this.checkBuyerLimits(tier, input.buyerDid, Number(state.in_tier), Number(state.in_event));
        row = Object.assign(new HoldEntity(), {
          id: `hold_${randomUUID()}`,
          tierId: tier.id,
          eventId: event.id,
          ownerDid: input.buyerDid,
          buyerDid: input.buyerDid,
          status,
          amount: String(amount),
          currency: tier.currency,
          expiresAt,
          checkoutId: null,
          checkoutUrl: null,
          paymentId: null,
          waitlistEntryId: null,
          refundConfirmedAt: null,
          clientIp: asker.clientIp,
          signature: verified?.signature ?? null,
          signedPayload: verified?.canonical ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await tx.query(
          `INSERT INTO holds (id, tier_id, event_id, owner_did, buyer_did, status, amount, currency, expires_at,
             signature, signed_payload, created_at, updated_at, client_ip)
           VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)`,
          [
            row.id,
            tier.id,
            event.id,
            input.buyerDid,
            status,
            row.amount,
            row.currency,
            expiresAt,
            row.signature,
            row.signedPayload,
            now,
            asker.clientIp,
          ],
        );
      }
      if (amount === 0) await this.insertTicket(tx, row, event, null, now);
      // Last, so the limit locks and the tier row are held only from here to commit: concurrent buyers
      // queue on them briefly, not for the whole purchase.
      if (!state.offered) {
        await this.limits.check(tx, { buyerDid: input.buyerDid, asker, tier, paid: amount > 0, now });
        if (!(await this.takeSeat(tx, tier.id))) throw soldOut();
      }
      return row;
    });
    if (hold.status !== 'PENDING') return hold;
    return this.openCheckout(hold, event, tier);
  }

  private async hasOffer(tierId: string, buyer: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM holds WHERE tier_id = $1 AND buyer_did = $2 AND status = 'OFFERED' AND expires_at > $3`,
      [tierId, buyer, now],
    );
    return rows.length > 0;
  }

  /** Creates (or fetches: the reference is idempotent) the checkout; a failure releases the seat again. */
  private async openCheckout(hold: HoldEntity, event: EventEntity, tier: TierEntity): Promise<HoldEntity> {
    let checkout;
    try {
      checkout = await this.payments.createCheckout({
        reference: `events:hold:${hold.id}`,
        amount: Number(hold.amount),
        currency: hold.currency,
        manifestId: event.manifestId!,
        buyerDid: hold.buyerDid,
        description: `Ticket: ${event.title} — ${tier.name}`,
        metadata: { source: 'events', eventId: event.id, tierId: tier.id, holdId: hold.id },
        expiresAt: hold.expiresAt.toISOString(),
      });
    } catch (error) {
      await this.closeHold(hold.id, 'CANCELED');
      throw error;
    }
    await this.dataSource.query(
      'UPDATE holds SET checkout_id = $2, checkout_url = $3, payment_id = $4, updated_at = $5 WHERE id = $1',
      [hold.id, checkout.checkoutId, checkout.url, checkout.paymentId, this.clock.now()],
    );
    return this.dataSource.getRepository(HoldEntity).findOneByOrFail({ id: hold.id });
  }

  private checkBuyerLimits(tier: TierEntity, buyer: string, inTier: number, inEvent: number): void {
    if (inTier >= tier.perBuyerLimit)
      throw new BadUserInputError(
        `${buyer} already has ${inTier} of at most ${tier.perBuyerLimit} ticket(s) in tier "${tier.name}"`,
        { field: 'buyerDid' },
      );
    if (isSoftDid(buyer) && inEvent >= this.options.emailBuyerLimit)
      throw new BadUserInputError(
        `A did:email buyer may hold at most ${this.options.emailBuyerLimit} ticket(s) per event; sign in with a did:mjn to buy more`,
        { field: 'buyerDid' },
      );
  }

  /** The only way a seat is taken: atomic and conditional, so the tier can never oversell. */
  async takeSeat(tx: EntityManager, tierId: string): Promise<boolean> {
    const rows = updatedRows(
      await tx.query(
        'UPDATE ticket_tiers SET reserved = reserved + 1 WHERE id = $1 AND reserved < capacity RETURNING reserved',
        [tierId],
      ),
    );
    return rows.length === 1;
  }

  /** A seat came free: offer it to the next waitlisted buyer (time-limited hold), else give it back. */
  async releaseSeat(tx: EntityManager, tierId: string, now: Date): Promise<void> {
    const next = (await tx.query(
      `SELECT w.id, w.buyer_did, w.event_id, t.price, t.currency FROM waitlist_entries w
       JOIN ticket_tiers t ON t.id = w.tier_id
       WHERE w.tier_id = $1 AND w.status = 'WAITING' ORDER BY w.seq LIMIT 1 FOR UPDATE OF w SKIP LOCKED`,
      [tierId],
    )) as Array<{ id: string; buyer_did: string; event_id: string; price: string; currency: string }>;
    if (next.length === 0) {
      await tx.query('UPDATE ticket_tiers SET reserved = reserved - 1 WHERE id = $1 AND reserved > 0', [
        tierId,
      ]);
      return;
    }
    const entry = next[0];
    const holdId = `hold_${randomUUID()}`;
    await tx.insert(HoldEntity, {
      id: holdId,
      tierId,
      eventId: entry.event_id,
      ownerDid: entry.buyer_did,
      buyerDid: entry.buyer_did,
      status: 'OFFERED',
      amount: entry.price,
      currency: entry.currency,
      expiresAt: new Date(now.getTime() + this.options.waitlistHoldMs),
      waitlistEntryId: entry.id,
      createdAt: now,
      updatedAt: now,
    });
    await tx.query(
      `UPDATE waitlist_entries SET status = 'OFFERED', hold_id = $2, updated_at = $3 WHERE id = $1`,
      [entry.id, holdId, now],
    );
  }

  /** Signs and stores the ticket of `hold`; a second call for the same hold issues nothing (unique hold_id). */
  private async insertTicket(
    tx: EntityManager,
    hold: Pick<HoldEntity, 'id' | 'tierId' | 'buyerDid'>,
    event: EventEntity,
    paymentId: string | null,
    now: Date,
  ): Promise<boolean> {
    const key = await this.events.signingKey(event.id, tx);
    const ticketId = `tkt_${randomUUID()}`;
    const token = this.keys.signTicket(key, {
      ticketId,
      eventDid: event.did,
      holderDid: hold.buyerDid,
      tier: hold.tierId,
      issuedAt: now.toISOString(),
    });
    const inserted = (await tx.query(
      `INSERT INTO tickets (id, event_id, tier_id, hold_id, owner_did, holder_did, payment_id, token, issued_at, status,
         signature, signed_payload, created_at)
       SELECT $1, $2, $3, $4, $5, $5, $6, $7, $8, 'VALID', h.signature, h.signed_payload, $8 FROM holds h WHERE h.id = $4
       ON CONFLICT (hold_id) WHERE hold_id IS NOT NULL DO NOTHING RETURNING id`,
      [ticketId, event.id, hold.tierId, hold.id, hold.buyerDid, paymentId, token, now],
    )) as unknown[];
    return inserted.length === 1;
  }

  /** Issues the ticket of a paid hold (the consumer) and marks the hold ISSUED. */
  async issue(tx: EntityManager, hold: HoldRow, event: EventEntity, paymentId: string | null, now: Date) {
    await this.insertTicket(
      tx,
      { id: hold.id, tierId: hold.tier_id, buyerDid: hold.buyer_did },
      event,
      paymentId,
      now,
    );
    await tx.query(
      `UPDATE holds SET status = 'ISSUED', payment_id = COALESCE($2, payment_id), updated_at = $3 WHERE id = $1`,
      [hold.id, paymentId, now],
    );
  }

  /** Ends an open hold (buyer gave up, checkout failed, or it lapsed) and releases its seat. */
  async closeHold(holdId: string, status: 'EXPIRED' | 'CANCELED'): Promise<boolean> {
    return this.dataSource.transaction((tx) => this.closeHoldIn(tx, holdId, status, this.clock.now()));
  }

  async closeHoldIn(
    tx: EntityManager,
    holdId: string,
    status: 'EXPIRED' | 'CANCELED',
    now: Date,
  ): Promise<boolean> {
    const rows = updatedRows<HoldRow & { was: string }>(
      await tx.query(
        `UPDATE holds h SET status = $2, updated_at = $3 FROM holds old
         WHERE h.id = $1 AND old.id = h.id AND h.status IN ('OFFERED', 'PENDING')
         RETURNING h.tier_id, h.waitlist_entry_id, old.status AS was`,
        [holdId, status, now],
      ),
    );
    if (rows.length === 0) return false;
    if (rows[0].was === 'OFFERED' && rows[0].waitlist_entry_id)
      await tx.query(`UPDATE waitlist_entries SET status = 'EXPIRED', updated_at = $2 WHERE id = $1`, [
        rows[0].waitlist_entry_id,
        now,
      ]);
    await this.releaseSeat(tx, rows[0].tier_id, now);
    return true;
  }

  /** Expires lapsed holds and waitlist offers, releasing their seats; returns how many. */
  async expireDue(limit = 200): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const due = (await tx.query(
        `SELECT id FROM holds WHERE status IN ('OFFERED', 'PENDING') AND expires_at <= $1
         ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      )) as Array<{ id: string }>;
      for (const { id } of due) await this.closeHoldIn(tx, id, 'EXPIRED', now);
      return due.length;
    });
  }

  /** Refunds a payment that found no seat; remembered once payments confirms, else retried by the sweeper. */
  async refundSeatless(paymentId: string): Promise<boolean> {
    try {
      await this.payments.refund(paymentId, 'no_seat');
    } catch (error) {
      this.logger.error({ err: error, paymentId }, 'refund of a seatless payment failed; will retry');
      return false;
    }
    await this.dataSource.query('UPDATE holds SET refund_confirmed_at = $2 WHERE payment_id = $1', [
      paymentId,
      this.clock.now(),
    ]);
    return true;
  }

  /** Retries seatless refunds payments has not confirmed yet; returns how many went through. */
  async retryRefunds(limit = 50): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT payment_id FROM holds WHERE status = 'REFUNDED' AND refund_confirmed_at IS NULL
         AND payment_id IS NOT NULL ORDER BY updated_at LIMIT $1`,
      [limit],
    )) as Array<{ payment_id: string }>;
    let done = 0;
    for (const r of rows) if (await this.refundSeatless(r.payment_id)) done += 1;
    return done;
  }

  async joinWaitlist(
    input: JoinWaitlistInput,
    proof: Proof | null | undefined,
    asker: Asker,
  ): Promise<WaitlistEntryEntity> {
    const verified = await this.buyerProof(PurchaseProofTypes.joinWaitlist, input, proof, asker);
    const tier = await this.requireTier(input.tierId);
    const event = await this.openEvent(tier);
    const now = this.clock.now();
    this.checkSaleWindow(tier, now);
    await this.events.requireVisible(event, input.buyerDid, 'join its waitlist');
    const id = `wl_${randomUUID()}`;
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (verified) await this.events.record(tx, verified);
        const [current] = (await tx.query('SELECT reserved, capacity FROM ticket_tiers WHERE id = $1', [
          tier.id,
        ])) as Array<{ reserved: number; capacity: number }>;
        if (current.reserved < current.capacity)
          throw new ConflictError(
            `Tier "${tier.name}" still has seats; buy one instead of joining the waitlist`,
          );
        await tx.insert(WaitlistEntryEntity, {
          id,
          tierId: tier.id,
          eventId: event.id,
          ownerDid: input.buyerDid,
          buyerDid: input.buyerDid,
          status: 'WAITING',
          signature: verified?.signature ?? null,
          signedPayload: verified?.canonical ?? null,
          createdAt: now,
          updatedAt: now,
        });
        return tx.findOneByOrFail(WaitlistEntryEntity, { id });
      });
    } catch (error) {
      if (uniqueViolation(error) !== null)
        throw new ConflictError(`${input.buyerDid} is already on the waitlist of tier "${tier.name}"`);
      throw error;
    }
  }

  async waitlistAhead(entry: WaitlistEntryEntity): Promise<number | null> {
    if (entry.status !== 'WAITING') return null;
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM waitlist_entries WHERE tier_id = $1 AND status = 'WAITING' AND seq < $2`,
      [entry.tierId, entry.seq],
    )) as Array<{ n: number }>;
    return n;
  }

  async hold(id: string): Promise<HoldEntity | null> {
    return this.dataSource.getRepository(HoldEntity).findOneBy({ id });
  }

  // ---- effects of payments' outbox (called by the consumer inside its transaction) ----

  private async holdForReference(tx: EntityManager, reference: unknown): Promise<HoldRow | null> {
    const match = typeof reference === 'string' ? /^events:hold:(hold_[0-9a-f-]{36})$/.exec(reference) : null;
    if (!match) return null;
    const rows = (await tx.query('SELECT * FROM holds WHERE id = $1 FOR UPDATE', [match[1]])) as HoldRow[];
    return rows[0] ?? null;
  }

  async onPaymentCompleted(tx: EntityManager, payload: Record<string, unknown>): Promise<Effect> {
    const hold = await this.holdForReference(tx, payload.reference);
    if (!hold) return { outcome: 'skipped: not an events hold' };
    if (String(payload.amount) !== hold.amount || payload.currency !== hold.currency) {
      this.logger.error({ holdId: hold.id, payload }, 'payment does not match its hold; not issuing');
      return { outcome: 'skipped: amount or currency mismatch' };
    }
    const paymentId = typeof payload.paymentId === 'string' ? payload.paymentId : null;
    if (hold.status === 'ISSUED' || hold.status === 'REFUNDED') return { outcome: 'duplicate' };
    const event = await this.events.requireEvent(hold.event_id);
    const now = this.clock.now();
    if (hold.status === 'PENDING' && event.status === 'ACTIVE') {
      await this.issue(tx, hold, event, paymentId, now);
      return { outcome: 'issued' };
    }
    // Paid after the hold lapsed: issue if a seat is still free, else refund.
    if (event.status === 'ACTIVE' && hold.status !== 'PENDING' && (await this.takeSeat(tx, hold.tier_id))) {
      await this.issue(tx, hold, event, paymentId, now);
      return { outcome: 'issued late' };
    }
    if (hold.status === 'PENDING') await this.releaseSeatOf(tx, hold, now);
    await tx.query(`UPDATE holds SET status = 'REFUNDED', payment_id = $2, updated_at = $3 WHERE id = $1`, [
      hold.id,
      paymentId,
      now,
    ]);
    return { outcome: 'refunding: no seat', refund: paymentId ?? undefined };
  }

  private async releaseSeatOf(tx: EntityManager, hold: HoldRow, now: Date): Promise<void> {
    const [event] = (await tx.query('SELECT status FROM events WHERE id = $1', [hold.event_id])) as Array<{
      status: string;
    }>;
    if (event?.status === 'ACTIVE') await this.releaseSeat(tx, hold.tier_id, now);
  }

  async onCheckoutClosed(
    tx: EntityManager,
    payload: Record<string, unknown>,
    topic: string,
  ): Promise<Effect> {
    const hold = await this.holdForReference(tx, payload.reference);
    if (!hold) return { outcome: 'skipped: not an events hold' };
    const closed = await this.closeHoldIn(
      tx,
      hold.id,
      topic === 'checkout.expired' ? 'EXPIRED' : 'CANCELED',
      this.clock.now(),
    );
    return { outcome: closed ? 'released' : 'already closed' };
  }

  /** A refund made on the payments side revokes the ticket it paid for and frees its seat. */
  async onPaymentRefunded(tx: EntityManager, payload: Record<string, unknown>): Promise<Effect> {
    if (typeof payload.paymentId !== 'string') return { outcome: 'skipped: no paymentId' };
    const now = this.clock.now();
    const revoked = updatedRows<{ tier_id: string; event_id: string }>(
      await tx.query(
        `UPDATE tickets SET status = 'REVOKED', revoked_at = $2, revoke_reason = 'refunded'
         WHERE payment_id = $1 AND status = 'VALID' RETURNING tier_id, event_id`,
        [payload.paymentId, now],
      ),
    );
    for (const t of revoked)
      await this.releaseSeatOf(tx, { tier_id: t.tier_id, event_id: t.event_id } as HoldRow, now);
    return { outcome: revoked.length > 0 ? 'revoked' : 'nothing to revoke' };
  }
}
