import { randomBytes } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  alignByKey,
  BadUserInputError,
  type Clock,
  ConflictError,
  ForbiddenError,
  type IdentityDirectory,
  InternalServerError,
  type Logger,
  NotFoundError,
  plainFields,
  type ProofVerifier,
  signingKeyFromDirectory,
  UnauthenticatedError,
  type VerifiedProof,
} from '@imajin/subgraph-common';

import { OutboxTopics, type OutboxService } from '../outbox/outbox.service';
import type { CheckoutProvider, ProviderSession } from '../providers/checkout-provider';
import type { ReceiptService } from '../receipt/receipt.service';

import type { CheckoutSecrets } from './checkout-secret';
import { CHECKOUT_SELECT, type CheckoutRow, type CheckoutView, toCheckoutView } from './checkout.rows';
import { checkCheckoutRequest, type CheckoutRequest } from './checkout.validation';
import type { SettlementPort } from './settlement-port';

export const CheckoutProofTypes = { createCheckout: MjnActions.payments.createCheckout } as const;

/** How a completion reached us: the local page, or the provider confirming a paid session. */
export type CompletionSource = { kind: 'local' } | { kind: 'provider'; paymentRef: string | null };

/** Hook run inside the completion transaction (webhooks apply a refund that arrived before completion). */
export type AfterComplete = (tx: EntityManager, row: CheckoutRow, at: Date) => Promise<void>;

export interface CheckoutOptions {
  ttlMs: number;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * The checkout state machine. A checkout is OPEN until it is COMPLETED (paid), EXPIRED or CANCELED; its
 * payment is PENDING until COMPLETED (then maybe REFUNDED) or FAILED. States only move forward, every
 * transition is one transaction that also writes its outbox event, and repeating a transition is a no-op.
 * One exception is deliberate: a provider that confirms money was taken completes even an EXPIRED or
 * CANCELED checkout, because the buyer's money must never be lost (see README).
 */
export class CheckoutService {
  afterComplete: AfterComplete[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly provider: CheckoutProvider,
    private readonly settlement: SettlementPort,
    private readonly receipts: ReceiptService,
    private readonly outbox: OutboxService,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    private readonly options: CheckoutOptions,
    private readonly logger: Logger,
    private readonly secrets: CheckoutSecrets,
  ) {}

  get providerName(): 'local' | 'stripe' {
    return this.provider.name;
  }

  /**
   * The public door: a did:mjn buyer signs the input (so receipts under their DID are theirs); a soft
   * did:email buyer cannot sign, so it must be signed in as that email (its viewer DID is the did:email).
   * The answer's url carries the checkout's secret (local provider): only the buyer ever sees it.
   */
  async createCheckout(
    input: Record<string, unknown>,
    proof: Proof | null | undefined,
    viewerDid: string | null,
  ): Promise<CheckoutRow> {
    const request = checkCheckoutRequest(input, false, this.clock.now());
    let verified: VerifiedProof | undefined;
    if (request.buyerDid.startsWith('did:mjn:')) {
      if (!proof)
        throw new BadUserInputError('A did:mjn buyer must sign createCheckout (proof is required)', {
          field: 'proof',
        });
      verified = this.proofs.verify({
        type: CheckoutProofTypes.createCheckout,
        fields: plainFields(input),
        proof,
        publicKey: await signingKeyFromDirectory(this.directory, request.buyerDid),
        expectedSigner: request.buyerDid,
      });
    } else if (proof) {
      throw new BadUserInputError('A did:email buyer cannot sign; omit proof', { field: 'proof' });
    } else if (viewerDid === null) {
      throw new UnauthenticatedError(
        `Sign in as ${request.buyerDid} (the email code) before buying for it: a did:email buyer has no key to sign with`,
      );
    } else if (viewerDid !== request.buyerDid) {
      throw new ForbiddenError(
        `You are signed in as ${viewerDid}, not ${request.buyerDid}: only that email's own session can buy for it`,
      );
    }
    return this.withPayLink(await this.open(request, verified));
  }

  /** The internal door (events): node-authenticated, so no proof; same service, same payer's link. */
  async createInternal(body: unknown): Promise<CheckoutView> {
    const request = checkCheckoutRequest(body, true, this.clock.now());
    return toCheckoutView(this.withPayLink(await this.open(request)));
  }

  /**
   * The url the payer opens. For the local provider it is the stored page url plus the checkout's secret,
   * which is never stored or shown on reads; Stripe's own session url is already the payer's.
   */
  private withPayLink(row: CheckoutRow): CheckoutRow {
    if (row.provider !== 'local' || row.url === '') return row;
    return { ...row, url: `${row.url}/${this.secrets.secretFor(row.checkout_id)}` };
  }

  /**
   * Only the payer may act on the local page: the request must carry the checkout's secret from its link.
   * Checked before the checkout is even looked up, so a guess learns nothing (not even that it exists).
   */
  checkPayer(checkoutId: string, secret: string | null): void {
    if (!secret)
      throw new UnauthenticatedError(
        `Checkout ${checkoutId} can only be paid or canceled from its own link (the url createCheckout returned)`,
      );
    if (!this.secrets.matches(checkoutId, secret))
      throw new ForbiddenError(
        `That link does not belong to checkout ${checkoutId}; use the url createCheckout returned`,
      );
  }

  /** Creates (or returns the existing) checkout for `request.reference`, then opens the provider session. */
  private async open(request: CheckoutRequest, verified?: VerifiedProof): Promise<CheckoutRow> {
    const now = this.clock.now();
    const existing = await this.dataSource.transaction(async (tx) => {
      if (verified) await this.proofs.record(tx, verified, request.buyerDid);
      const manifest: unknown[] = await tx.query(
        'SELECT 1 FROM fair_manifests WHERE id = $1 AND deleted_at IS NULL',
        [request.manifestId],
      );
      if (manifest.length === 0)
        throw new BadUserInputError(`Unknown .fair manifest ${request.manifestId}; create it first`, {
          field: 'manifestId',
        });
      // Same reference from concurrent callers: the unique index serialises them, the loser reads the winner.
      const paymentId = newId('pay');
      const inserted: unknown[] = await tx.query(
        `INSERT INTO payments (id, owner_did, checkout_id, reference, amount, currency, manifest_id, buyer_did,
           description, metadata, provider, status, signature, signed_payload, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $2, $8, $9, $10, 'PENDING', $11, $12, $13, $13)
         ON CONFLICT (reference) DO NOTHING RETURNING id`,
        [
          paymentId,
          request.buyerDid,
          newId('chk'),
          request.reference,
          request.amount,
          request.currency,
          request.manifestId,
          request.description,
          JSON.stringify(request.metadata),
          this.provider.name,
          verified?.signature ?? null,
          verified?.canonical ?? null,
          now,
        ],
      );
      if (inserted.length === 0) {
        const found = (await this.byReference(tx, request.reference))!;
        this.checkSameTerms(found, request);
        return found;
      }
      const expiresAt = request.expiresAt ?? new Date(now.getTime() + this.options.ttlMs);
      await tx.query(
        `INSERT INTO checkouts (id, owner_did, payment_id, provider, url, status, expires_at, created_at, updated_at)
         SELECT checkout_id, owner_did, id, provider, '', 'OPEN', $2, $3, $3 FROM payments WHERE id = $1`,
        [paymentId, expiresAt, now],
      );
      return null;
    });
    if (existing) return this.withSession(await this.expireIfDue(existing));
    const row = await this.byReference(this.dataSource.manager, request.reference);
    return this.withSession(row!);
  }

  private checkSameTerms(row: CheckoutRow, request: CheckoutRequest): void {
    const differs: string[] = [];
    if (Number(row.amount) !== request.amount) differs.push('amount');
    if (row.currency !== request.currency) differs.push('currency');
    if (row.manifest_id !== request.manifestId) differs.push('manifestId');
    if (row.buyer_did !== request.buyerDid) differs.push('buyerDid');
    if (differs.length > 0)
      throw new ConflictError(
        `Reference ${request.reference} is already used by a checkout with a different ${differs.join(', ')}`,
      );
  }

  /**
   * Opens the provider session once (the provider call is outside the transaction; a failure leaves the
   * checkout without a url and the next call with the same reference retries with the same idempotency key).
   */
  private async withSession(row: CheckoutRow): Promise<CheckoutRow> {
    if (row.url !== '' || row.checkout_status !== 'OPEN') return row;
    let session: ProviderSession;
    try {
      session = await this.provider.createSession({
        checkoutId: row.checkout_id,
        paymentId: row.payment_id,
        reference: row.reference,
        amount: Number(row.amount),
        currency: row.currency,
        description: row.description,
        buyerDid: row.buyer_did,
        metadata: row.metadata,
        expiresAt: row.expires_at,
      });
    } catch (error) {
      this.logger.warn({ err: error, checkoutId: row.checkout_id }, 'provider could not open a session');
      throw new InternalServerError(
        `The payment provider (${this.provider.name}) could not open checkout ${row.checkout_id}; ` +
          'try again with the same reference',
      );
    }
    await this.dataSource.query(
      `UPDATE checkouts SET url = $2, provider_session_id = $3, updated_at = $4 WHERE id = $1 AND url = ''`,
      [row.checkout_id, session.url, session.sessionId, this.clock.now()],
    );
    return (await this.byId(this.dataSource.manager, row.checkout_id))!;
  }

  async byId(manager: EntityManager, checkoutId: string, lock = false): Promise<CheckoutRow | null> {
    const rows: CheckoutRow[] = await manager.query(
      `${CHECKOUT_SELECT} WHERE c.id = $1 AND c.deleted_at IS NULL ${lock ? 'FOR UPDATE OF c, p' : ''}`,
      [checkoutId],
    );
    return rows[0] ?? null;
  }

  async byReference(manager: EntityManager, reference: string): Promise<CheckoutRow | null> {
    const rows: CheckoutRow[] = await manager.query(`${CHECKOUT_SELECT} WHERE p.reference = $1`, [reference]);
    return rows[0] ?? null;
  }

  async bySession(manager: EntityManager, sessionId: string): Promise<CheckoutRow | null> {
    const rows: CheckoutRow[] = await manager.query(`${CHECKOUT_SELECT} WHERE c.provider_session_id = $1`, [
      sessionId,
    ]);
    return rows[0] ?? null;
  }

  async byPaymentRef(manager: EntityManager, paymentRef: string): Promise<CheckoutRow | null> {
    const rows: CheckoutRow[] = await manager.query(`${CHECKOUT_SELECT} WHERE p.provider_payment_ref = $1`, [
      paymentRef,
    ]);
    return rows[0] ?? null;
  }

  async checkouts(ids: readonly string[]): Promise<Array<CheckoutRow | null>> {
    const rows: CheckoutRow[] = await this.dataSource.query(`${CHECKOUT_SELECT} WHERE c.id = ANY($1)`, [ids]);
    return alignByKey(ids, rows, (r) => r.checkout_id);
  }

  async payments(ids: readonly string[]): Promise<Array<CheckoutRow | null>> {
    const rows: CheckoutRow[] = await this.dataSource.query(`${CHECKOUT_SELECT} WHERE p.id = ANY($1)`, [ids]);
    return alignByKey(ids, rows, (r) => r.payment_id);
  }

  async require(checkoutId: string): Promise<CheckoutRow> {
    const row = await this.byId(this.dataSource.manager, checkoutId);
    if (!row) throw new NotFoundError(`No checkout ${checkoutId}`);
    return row;
  }

  /**
   * The local page's Pay button (the development stand-in for a capture). Only the payer, with the
   * checkout's secret; only local checkouts complete this way (Stripe ones complete at Stripe); once.
   */
  async completeLocal(checkoutId: string, secret: string | null): Promise<CheckoutRow> {
    this.checkPayer(checkoutId, secret);
    const row = await this.expireIfDue(await this.require(checkoutId));
    if (row.provider !== 'local')
      throw new ConflictError(`Checkout ${checkoutId} is paid at ${row.provider}, not on this page`);
    return this.dataSource.transaction((tx) => this.completeInTx(tx, checkoutId, { kind: 'local' }));
  }

  /** The local page's Cancel button; the payer only, like Pay. */
  async cancelLocal(checkoutId: string, secret: string | null): Promise<CheckoutRow> {
    this.checkPayer(checkoutId, secret);
    const row = await this.expireIfDue(await this.require(checkoutId));
    if (row.provider !== 'local')
      throw new ConflictError(`Checkout ${checkoutId} is paid at ${row.provider}, not on this page`);
    return this.dataSource.transaction((tx) => this.closeInTx(tx, checkoutId, 'CANCELED', true));
  }

  /**
   * Completes a checkout: payment COMPLETED, settlement along the manifest, the signed receipt and the
   * `payment.completed` event, in the caller's transaction. Completing twice returns the row unchanged.
   */
  async completeInTx(tx: EntityManager, checkoutId: string, source: CompletionSource): Promise<CheckoutRow> {
    const row = await this.byId(tx, checkoutId, true);
    if (!row) throw new NotFoundError(`No checkout ${checkoutId}`);
    if (row.payment_status === 'COMPLETED' || row.payment_status === 'REFUNDED') return row;
    if (row.checkout_status !== 'OPEN' && source.kind === 'local')
      throw new ConflictError(`Checkout ${checkoutId} is ${row.checkout_status} and can no longer be paid`);
    if (row.checkout_status !== 'OPEN')
      this.logger.warn({ checkoutId, status: row.checkout_status }, 'provider confirmed payment after close');
    const at = this.clock.now();
    const settlement = await this.settlement.settle(tx, {
      paymentId: row.payment_id,
      manifestId: row.manifest_id,
      amount: Number(row.amount),
      currency: row.currency,
      payerDid: row.buyer_did,
      at,
    });
    const paymentRef = source.kind === 'provider' ? source.paymentRef : null;
    await tx.query(
      `UPDATE payments SET status = 'COMPLETED', completed_at = $2, settlement_id = $3,
         provider_payment_ref = coalesce($4, provider_payment_ref), updated_at = $2 WHERE id = $1`,
      [row.payment_id, at, settlement.settlementId, paymentRef],
    );
    await tx.query(
      `UPDATE checkouts SET status = 'COMPLETED', closed_at = coalesce(closed_at, $2), updated_at = $2 WHERE id = $1`,
      [checkoutId, at],
    );
    const completed = (await this.byId(tx, checkoutId))!;
    await this.receipts.issue(tx, completed, settlement, at);
    await this.outbox.append(
      tx,
      OutboxTopics.paymentCompleted,
      {
        paymentId: row.payment_id,
        checkoutId,
        reference: row.reference,
        amount: Number(row.amount),
        currency: row.currency,
        manifestId: row.manifest_id,
        buyerDid: row.buyer_did,
        metadata: row.metadata,
        completedAt: at.toISOString(),
      },
      row.buyer_did,
      at,
    );
    for (const hook of this.afterComplete) await hook(tx, completed, at);
    return (await this.byId(tx, checkoutId))!;
  }

  /** OPEN → EXPIRED/CANCELED with its outbox event, once; any other state is left as it is. */
  async closeInTx(
    tx: EntityManager,
    checkoutId: string,
    status: 'EXPIRED' | 'CANCELED',
    strict = false,
  ): Promise<CheckoutRow> {
    const row = await this.byId(tx, checkoutId, true);
    if (!row) throw new NotFoundError(`No checkout ${checkoutId}`);
    if (row.checkout_status !== 'OPEN') {
      if (strict && row.checkout_status !== status)
        throw new ConflictError(`Checkout ${checkoutId} is already ${row.checkout_status}`);
      return row;
    }
    const at = this.clock.now();
    await tx.query(`UPDATE checkouts SET status = $2, closed_at = $3, updated_at = $3 WHERE id = $1`, [
      checkoutId,
      status,
      at,
    ]);
    await tx.query(
      `UPDATE payments SET status = 'FAILED', updated_at = $2 WHERE id = $1 AND status = 'PENDING'`,
      [row.payment_id, at],
    );
    await this.outbox.append(
      tx,
      status === 'EXPIRED' ? OutboxTopics.checkoutExpired : OutboxTopics.checkoutCanceled,
      {
        checkoutId,
        paymentId: row.payment_id,
        reference: row.reference,
        metadata: row.metadata,
        at: at.toISOString(),
      },
      row.buyer_did,
      at,
    );
    return (await this.byId(tx, checkoutId))!;
  }

  /**
   * The lazy half of expiry (the sweeper is the other): an OPEN checkout past expiresAt expires now. For
   * Stripe the session is asked first: if it was paid, the checkout completes instead.
   */
  async expireIfDue(row: CheckoutRow): Promise<CheckoutRow> {
    if (row.checkout_status !== 'OPEN' || row.expires_at.getTime() > this.clock.now().getTime()) return row;
    if (row.provider_session_id) {
      const state = await this.provider.sessionState(row.provider_session_id);
      if (state.state === 'paid') {
        return this.dataSource.transaction((tx) =>
          this.completeInTx(tx, row.checkout_id, { kind: 'provider', paymentRef: state.paymentRef }),
        );
      }
      if (state.state === 'open') await this.provider.expireSession(row.provider_session_id);
    }
    return this.dataSource.transaction((tx) => this.closeInTx(tx, row.checkout_id, 'EXPIRED'));
  }

  /** Expires up to `limit` due checkouts; returns how many it looked at. Safe to run on several nodes. */
  async sweep(limit = 100): Promise<number> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM checkouts WHERE status = 'OPEN' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [this.clock.now(), limit],
    );
    for (const { id } of due) {
      try {
        const row = await this.byId(this.dataSource.manager, id);
        if (row) await this.expireIfDue(row);
      } catch (error) {
        this.logger.warn({ err: error, checkoutId: id }, 'could not expire checkout; will retry');
      }
    }
    return due.length;
  }
}
