import { randomBytes } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  alignByKey,
  BadSignatureError,
  BadUserInputError,
  type Clock,
  ConflictError,
  ForbiddenError,
  type IdentityDirectory,
  type Logger,
  NotFoundError,
  plainFields,
  type ProofVerifier,
  signingKeyFromDirectory,
  type VerifiedProof,
} from '@imajin/subgraph-common';

import { CHECKOUT_SELECT, type CheckoutRow } from '../checkout/checkout.rows';
import type { CheckoutService } from '../checkout/checkout.service';
import type { SettlementPort } from '../checkout/settlement-port';
import { OutboxTopics, type OutboxService } from '../outbox/outbox.service';
import type { CheckoutProvider } from '../providers/checkout-provider';

export const RefundProofTypes = { refundPayment: MjnActions.payments.refundPayment } as const;

export interface RefundRow {
  id: string;
  payment_id: string;
  reason: string;
  requested_by: string;
  provider_refund_id: string | null;
  signature: string | null;
  signed_payload: string | null;
  created_at: Date;
}

export interface RefundInput {
  paymentId: string;
  reason: string;
}

const COLUMNS =
  'id, payment_id, reason, requested_by, provider_refund_id, signature, signed_payload, created_at';

/** Full refunds: the provider gives the money back, the settlement is reversed entry for entry, once. */
export class RefundService {
  private readonly admins: Set<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkouts: CheckoutService,
    private readonly provider: CheckoutProvider,
    private readonly settlement: SettlementPort,
    private readonly outbox: OutboxService,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    adminDids: readonly string[],
    private readonly logger: Logger,
  ) {
    this.admins = new Set(adminDids);
  }

  /**
   * Signed by a node admin (PAYMENTS_ADMIN_DIDS) or the creator of the payment's manifest, who set the split
   * it reverses. Recipients and buyers cannot: a recipient could claw back others' shares, and a buyer's
   * refund goes through the seller (or the provider's dispute process).
   */
  async refundPayment(input: RefundInput, proof: Proof): Promise<RefundRow> {
    checkRefundInput(input);
    const verified = this.proofs.verify({
      type: RefundProofTypes.refundPayment,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
    const payment = await this.requirePayment(input.paymentId);
    await this.authorise(verified.signer, payment);
    return this.refund(payment, input.reason, verified.signer, verified);
  }

  /** POST /internal/refunds (events cancels an event or revokes a ticket): idempotent by paymentId. */
  async refundInternal(body: unknown, nodeDid: string) {
    const b = (body ?? {}) as Partial<RefundInput>;
    const input = { paymentId: b.paymentId as string, reason: (b.reason ?? 'requested') as string };
    checkRefundInput(input);
    const payment = await this.requirePayment(input.paymentId);
    const row = await this.refund(payment, input.reason, nodeDid);
    return { refundId: row.id, paymentId: row.payment_id, status: 'REFUNDED' as const };
  }

  private async refund(
    payment: CheckoutRow,
    reason: string,
    requestedBy: string,
    verified?: VerifiedProof,
  ): Promise<RefundRow> {
    if (payment.payment_status === 'REFUNDED') {
      if (verified) await this.dataSource.transaction((tx) => this.proofs.record(tx, verified));
      return (await this.forPayments([payment.payment_id]))[0]!;
    }
    if (payment.payment_status !== 'COMPLETED')
      throw new ConflictError(
        `Payment ${payment.payment_id} never completed (${payment.payment_status}); nothing to refund`,
      );
    if (verified) await this.checkNonceUnused(verified);
    // The provider first, with a key derived from the payment: a crash after it is redone harmlessly.
    let providerRefundId: string | null = null;
    if (payment.provider !== 'local') {
      if (payment.provider !== this.provider.name)
        throw new ConflictError(
          `Payment ${payment.payment_id} was made with ${payment.provider}, which is not configured`,
        );
      providerRefundId = await this.provider.refund(
        payment.provider_payment_ref,
        Number(payment.amount),
        `imajin:refund:${payment.payment_id}`,
        { paymentId: payment.payment_id, reference: payment.reference },
      );
    }
    return this.dataSource.transaction(async (tx) => {
      if (verified) await this.proofs.record(tx, verified);
      return this.refundInTx(tx, payment.payment_id, { reason, requestedBy, providerRefundId, verified });
    });
  }

  /**
   * COMPLETED → REFUNDED in the caller's transaction: reverses the settlement, writes the refund and the
   * `payment.refunded` event. An already refunded payment returns its refund and changes nothing.
   */
  async refundInTx(
    tx: EntityManager,
    paymentId: string,
    opts: { reason: string; requestedBy: string; providerRefundId: string | null; verified?: VerifiedProof },
  ): Promise<RefundRow> {
    const locked: Array<{ status: string }> = await tx.query(
      'SELECT status FROM payments WHERE id = $1 FOR UPDATE',
      [paymentId],
    );
    if (locked.length === 0) throw new NotFoundError(`No payment ${paymentId}`);
    if (locked[0].status === 'REFUNDED') {
      const rows: RefundRow[] = await tx.query(`SELECT ${COLUMNS} FROM refunds WHERE payment_id = $1`, [
        paymentId,
      ]);
      return rows[0];
    }
    if (locked[0].status !== 'COMPLETED')
      throw new ConflictError(
        `Payment ${paymentId} never completed (${locked[0].status}); nothing to refund`,
      );
    const [payment]: CheckoutRow[] = await tx.query(`${CHECKOUT_SELECT} WHERE p.id = $1`, [paymentId]);
    const at = this.clock.now();
    await this.settlement.reverse(tx, { paymentId, at });
    const rows: RefundRow[] = await tx.query(
      `INSERT INTO refunds (id, owner_did, payment_id, reason, requested_by, provider_refund_id, signature, signed_payload, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        `rfd_${randomBytes(12).toString('hex')}`,
        payment.buyer_did,
        paymentId,
        opts.reason,
        opts.requestedBy,
        opts.providerRefundId,
        opts.verified?.signature ?? null,
        opts.verified?.canonical ?? null,
        at,
      ],
    );
    await tx.query(
      `UPDATE payments SET status = 'REFUNDED', refunded_at = $2, updated_at = $2 WHERE id = $1`,
      [paymentId, at],
    );
    await this.outbox.append(
      tx,
      OutboxTopics.paymentRefunded,
      {
        paymentId,
        refundId: rows[0].id,
        reference: payment.reference,
        amount: Number(payment.amount),
        currency: payment.currency,
        metadata: payment.metadata,
        refundedAt: at.toISOString(),
      },
      payment.buyer_did,
      at,
    );
    this.logger.info({ paymentId, refundId: rows[0].id, by: opts.requestedBy }, 'payment refunded');
    return rows[0];
  }

  async forPayments(paymentIds: readonly string[]): Promise<Array<RefundRow | null>> {
    const rows: RefundRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM refunds WHERE payment_id = ANY($1) AND deleted_at IS NULL`,
      [paymentIds],
    );
    return alignByKey(paymentIds, rows, (r) => r.payment_id);
  }

  private async requirePayment(paymentId: string): Promise<CheckoutRow> {
    const payment = (await this.checkouts.payments([paymentId]))[0];
    if (!payment) throw new NotFoundError(`No payment ${paymentId}`);
    return payment;
  }

  private async authorise(signer: string, payment: CheckoutRow): Promise<void> {
    if (this.admins.has(signer)) return;
    const rows: Array<{ owner_did: string }> = await this.dataSource.query(
      'SELECT owner_did FROM fair_manifests WHERE id = $1',
      [payment.manifest_id],
    );
    if (rows[0]?.owner_did === signer) return;
    throw new ForbiddenError(
      `Only the creator of manifest ${payment.manifest_id} or a payments admin can refund payment ${payment.payment_id}`,
    );
  }

  private async checkNonceUnused(verified: VerifiedProof): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM proof_log WHERE signer = $1 AND nonce = $2',
      [verified.signer, verified.nonce],
    );
    if (rows.length > 0)
      throw new BadSignatureError('This proof was already used (replayed nonce); sign the request again', {
        reason: 'REPLAYED',
      });
  }
}

function checkRefundInput(input: RefundInput): void {
  if (typeof input.paymentId !== 'string' || !/^pay_[0-9a-f]{24}$/.test(input.paymentId))
    throw new BadUserInputError('paymentId must be a payment id (pay_...)', { field: 'paymentId' });
  if (typeof input.reason !== 'string' || input.reason.trim().length === 0 || input.reason.length > 200)
    throw new BadUserInputError('reason must be 1–200 characters', { field: 'reason' });
}
