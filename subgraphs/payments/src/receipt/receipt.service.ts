import { randomBytes } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import {
  canonicalize,
  RECEIPT_TYPE,
  signEnvelope,
  type ReceiptPayload,
  type SignedEnvelope,
} from '@imajin/protocol';
import {
  alignByKey,
  checkPageSize,
  decodeCursor,
  toConnection,
  type Connection,
  type NodeKeys,
  isPairCursor,
} from '@imajin/subgraph-common';

import type { CheckoutRow } from '../checkout/checkout.rows';
import type { SettlementOutcome } from '../checkout/settlement-port';

export interface ReceiptRow {
  id: string;
  payment_id: string;
  party_dids: string[];
  payload: ReceiptPayload;
  signed_payload: string;
  signature: string;
  signer_did: string;
  created_at: Date;
}

const RECEIPT_COLUMNS =
  'id, payment_id, party_dids, payload, signed_payload, signature, signer_did, created_at';

/** Receipts: one per completed payment, the full breakdown signed by the node's DID. */
export class ReceiptService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nodeKeys: NodeKeys,
  ) {}

  get nodeDid(): string {
    return this.nodeKeys.signing.did;
  }

  /** Signs and stores the receipt inside the completion transaction. */
  async issue(
    tx: EntityManager,
    payment: CheckoutRow,
    settlement: SettlementOutcome,
    at: Date,
  ): Promise<ReceiptRow> {
    const id = `rcpt_${randomBytes(12).toString('hex')}`;
    const recipients = [...settlement.recipients]
      .sort((a, b) => (a.did < b.did ? -1 : a.did > b.did ? 1 : 0))
      .map((r) => ({ did: r.did, amount: r.amount, ...(r.paths ? { paths: r.paths } : {}) }));
    const envelope = signEnvelope(
      RECEIPT_TYPE,
      {
        receiptId: id,
        paymentId: payment.payment_id,
        checkoutId: payment.checkout_id,
        reference: payment.reference,
        manifestId: payment.manifest_id,
        amount: Number(payment.amount),
        currency: payment.currency,
        buyerDid: payment.buyer_did,
        settlementId: settlement.settlementId,
        recipients,
        completedAt: at.toISOString(),
      },
      this.nodeKeys.signing,
      { now: at },
    );
    const parties = [...new Set([payment.buyer_did, ...recipients.map((r) => r.did)])];
    const rows: ReceiptRow[] = await tx.query(
      `INSERT INTO receipts (id, owner_did, payment_id, party_dids, payload, signed_payload, signature, signer_did, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${RECEIPT_COLUMNS}`,
      [
        id,
        payment.buyer_did,
        payment.payment_id,
        parties,
        JSON.stringify(envelope.payload),
        canonicalize(envelope.payload),
        envelope.signature,
        this.nodeDid,
        at,
      ],
    );
    return rows[0];
  }

  async getMany(ids: readonly string[]): Promise<Array<ReceiptRow | null>> {
    const rows: ReceiptRow[] = await this.dataSource.query(
      `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE id = ANY($1) AND deleted_at IS NULL`,
      [ids],
    );
    return alignByKey(ids, rows, (r) => r.id);
  }

  async forPayments(paymentIds: readonly string[]): Promise<Array<ReceiptRow | null>> {
    const rows: ReceiptRow[] = await this.dataSource.query(
      `SELECT ${RECEIPT_COLUMNS} FROM receipts WHERE payment_id = ANY($1) AND deleted_at IS NULL`,
      [paymentIds],
    );
    return alignByKey(paymentIds, rows, (r) => r.payment_id);
  }

  /** Receipts where `did` is the buyer or a recipient, newest first. */
  async forIdentity(did: string, first: number, after?: string | null): Promise<Connection<ReceiptRow>> {
    checkPageSize(first);
    const cursor = decodeCursor(after, isPairCursor);
    const rows: ReceiptRow[] = await this.dataSource.query(
      `SELECT ${RECEIPT_COLUMNS} FROM receipts
        WHERE party_dids @> ARRAY[$1]::text[] AND deleted_at IS NULL
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::text))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [did, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const total: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM receipts WHERE party_dids @> ARRAY[$1]::text[] AND deleted_at IS NULL`,
      [did],
    );
    return toConnection(rows, first, total[0].n, (r) => [r.created_at.toISOString(), r.id]);
  }

  static envelope(row: ReceiptRow): SignedEnvelope {
    return { payload: row.payload as unknown as Record<string, unknown>, signature: row.signature };
  }
}
