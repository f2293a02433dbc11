import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { splitAlongChain, type FairSplit } from '@imajin/protocol';
import { LRUCache, NotFoundError, type Clock, type Logger } from '@imajin/subgraph-common';

import type { SettlementOutcome, SettlementPort } from '../checkout/settlement-port';
import { checkAmount, checkCurrency } from '../ledger/currency';
import { fairInputError, type ManifestService } from '../manifest/manifest.service';

import { transferIdempotencyKey, type SettlementBackend } from './settlement-backend';

/** A failed transfer is tried again after this long (the provider call is idempotent). */
const TRANSFER_RETRY_MS = 60_000;

export interface SettleRequest {
  paymentId: string;
  manifestId: string;
  amount: number;
  currency: string;
  payerDid: string;
  /** When the payment completed; defaults to the service clock. */
  at?: Date;
}

export interface SettlementRow {
  id: string;
  owner_did: string;
  payment_id: string;
  kind: 'SETTLEMENT' | 'REVERSAL';
  reverses_id: string | null;
  manifest_id: string;
  amount: string;
  currency: string;
  payer_did: string;
  backend: string;
  status: 'SETTLED' | 'REVERSED';
  created_at: Date;
  reversed_at: Date | null;
}

export interface SettlementLineRow {
  settlement_id: string;
  recipient_did: string;
  position: number;
  amount: string;
  paths: Array<{ path: string[]; role: string; share: number; amount: number }>;
  transfer_status: 'PENDING' | 'DONE' | 'FAILED' | 'NOT_NEEDED';
  transfer_ref: string | null;
  transfer_error: string | null;
}

function outcomeOf(
  settlementId: string,
  lines: Array<Pick<SettlementLineRow, 'recipient_did' | 'amount' | 'paths'>>,
): SettlementOutcome {
  return {
    settlementId,
    recipients: lines.map((l) => ({
      did: l.recipient_did,
      amount: Number(l.amount),
      paths: l.paths.map((p) => p.path),
    })),
  };
}

/**
 * Settles completed payments along their .fair chain into the double-entry ledger, inside the caller's
 * transaction: the node's CLEARING account (per currency) is debited the amount, each recipient's USER
 * account credited its part, so every settlement's entries balance and all balances of a currency sum to 0.
 */
export class SettlementService implements SettlementPort {
  private readonly accountIds = new LRUCache<string, string>({ max: 100_000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly manifests: ManifestService,
    private readonly backend: SettlementBackend,
    /** The node's DID: owner of the clearing accounts. */
    private readonly nodeDid: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get backendName(): string {
    return this.backend.name;
  }

  /** The split a payment of `amount` would get, without writing anything. */
  async preview(
    manifestId: string,
    amount: number,
    currency: string,
  ): Promise<FairSplit & { currency: string }> {
    checkAmount(amount);
    const code = checkCurrency(currency);
    await this.manifests.get(manifestId);
    const lookup = await this.manifests.chainLookup(manifestId);
    try {
      return { ...splitAlongChain(manifestId, amount, lookup), currency: code };
    } catch (error) {
      return fairInputError(error);
    }
  }

  /** Idempotent by paymentId: settling the same payment again returns the first settlement. */
  async settle(tx: EntityManager, request: SettleRequest): Promise<SettlementOutcome> {
    checkAmount(request.amount);
    const currency = checkCurrency(request.currency);
    const existing: Array<{ id: string }> = await tx.query(
      `SELECT id FROM settlements WHERE payment_id = $1 AND kind = 'SETTLEMENT'`,
      [request.paymentId],
    );
    if (existing.length > 0) return outcomeOf(existing[0].id, await this.linesOf(tx, existing[0].id));

    const lookup = await this.manifests.chainLookup(request.manifestId, tx);
    if (!lookup(request.manifestId))
      throw new NotFoundError(`No .fair manifest ${request.manifestId} to settle along`);
    let split: FairSplit;
    try {
      split = splitAlongChain(request.manifestId, request.amount, lookup);
    } catch (error) {
      return fairInputError(error);
    }
    const at = request.at ?? this.clock.now();
    const id = randomUUID();
    const accounts = await this.accounts(
      tx,
      currency,
      split.lines.map((l) => l.did),
      at,
    );
    await tx.query(
      `INSERT INTO settlements (id, owner_did, payment_id, kind, manifest_id, amount, currency, payer_did, backend,
                                status, created_at)
       VALUES ($1, $2, $3, 'SETTLEMENT', $4, $5, $6, $7, $8, 'SETTLED', $9)`,
      [
        id,
        request.payerDid,
        request.paymentId,
        request.manifestId,
        String(request.amount),
        currency,
        request.payerDid,
        this.backend.name,
        at,
      ],
    );
    await tx.query(
      `INSERT INTO settlement_lines (settlement_id, recipient_did, owner_did, position, amount, paths, transfer_status,
                                     updated_at)
       SELECT $1, did, did, ord - 1, amount, paths, CASE WHEN amount > 0 AND $5 THEN 'PENDING' ELSE 'NOT_NEEDED' END, $6
         FROM unnest($2::text[], $3::bigint[], $4::jsonb[]) WITH ORDINALITY AS l (did, amount, paths, ord)`,
      [
        id,
        split.lines.map((l) => l.did),
        split.lines.map((l) => String(l.amount)),
        split.lines.map((l) => JSON.stringify(l.paths)),
        this.backend.movesMoney,
        at,
      ],
    );
    const credited = split.lines.filter((l) => l.amount > 0);
    await this.post(tx, id, currency, at, [
      {
        accountId: accounts.clearing,
        ownerDid: this.nodeDid,
        debit: request.amount,
        credit: 0,
        memo: `payment ${request.paymentId}`,
      },
      ...credited.map((l) => ({
        accountId: accounts.users.get(l.did)!,
        ownerDid: l.did,
        debit: 0,
        credit: l.amount,
        memo: `payment ${request.paymentId} via ${request.manifestId}`,
      })),
    ]);
    return outcomeOf(
      id,
      split.lines.map((l) => ({ recipient_did: l.did, amount: String(l.amount), paths: l.paths })),
    );
  }

  /**
   * Reverses a payment's settlement entry for entry (a REVERSAL settlement with mirrored entries), once:
   * reversing again changes nothing. Recipients' balances may go below zero if they already spent it.
   */
  async reverse(tx: EntityManager, request: { paymentId: string; at?: Date }): Promise<void> {
    await this.reverseSettlement(tx, request.paymentId, request.at);
  }

  /** As {@link reverse}; returns the reversal's id. */
  async reverseSettlement(
    tx: EntityManager,
    paymentId: string,
    at: Date = this.clock.now(),
  ): Promise<string> {
    const rows: SettlementRow[] = await tx.query(
      `SELECT * FROM settlements WHERE payment_id = $1 ORDER BY kind FOR UPDATE`,
      [paymentId],
    );
    const original = rows.find((r) => r.kind === 'SETTLEMENT');
    if (!original)
      throw new NotFoundError(`Payment ${paymentId} was never settled, so there is nothing to reverse`);
    const done = rows.find((r) => r.kind === 'REVERSAL');
    if (done) return done.id;
    const id = randomUUID();
    await tx.query(
      `INSERT INTO settlements (id, owner_did, payment_id, kind, reverses_id, manifest_id, amount, currency, payer_did,
                                backend, status, created_at)
       VALUES ($1, $2, $3, 'REVERSAL', $4, $5, $6, $7, $8, $9, 'SETTLED', $10)`,
      [
        id,
        original.owner_did,
        paymentId,
        original.id,
        original.manifest_id,
        original.amount,
        original.currency,
        original.payer_did,
        original.backend,
        at,
      ],
    );
    await tx.query(
      `INSERT INTO settlement_lines (settlement_id, recipient_did, owner_did, position, amount, paths, transfer_status,
                                     transfer_ref, updated_at)
       SELECT $1, recipient_did, owner_did, position, amount, paths,
              CASE WHEN transfer_status = 'NOT_NEEDED' THEN 'NOT_NEEDED' ELSE 'PENDING' END, NULL, $3
         FROM settlement_lines WHERE settlement_id = $2`,
      [id, original.id, at],
    );
    const entries: Array<{ account_id: string; owner_did: string; debit: string; credit: string }> =
      await tx.query(
        `SELECT account_id, owner_did, debit::text, credit::text FROM ledger_entries WHERE settlement_id = $1 ORDER BY id`,
        [original.id],
      );
    await this.post(
      tx,
      id,
      original.currency,
      at,
      entries.map((e) => ({
        accountId: e.account_id,
        ownerDid: e.owner_did,
        debit: Number(e.credit),
        credit: Number(e.debit),
        memo: `reversal of payment ${paymentId}`,
      })),
    );
    await tx.query(`UPDATE settlements SET status = 'REVERSED', reversed_at = $2 WHERE id = $1`, [
      original.id,
      at,
    ]);
    return id;
  }

  async getMany(ids: readonly string[]): Promise<Array<SettlementRow | null>> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/.test(id));
    const rows: SettlementRow[] = await this.dataSource.query(
      `SELECT * FROM settlements WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [valid],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async linesFor(ids: readonly string[]): Promise<SettlementLineRow[][]> {
    const rows: SettlementLineRow[] = await this.dataSource.query(
      `SELECT * FROM settlement_lines WHERE settlement_id = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.settlement_id === id));
  }

  /**
   * Sends the pending transfers of backends that move money (Stripe), after the ledger committed. Safe to
   * run repeatedly and concurrently: each line is claimed with SKIP LOCKED and the provider call carries an
   * idempotency key derived from settlement and recipient.
   */
  async dispatchPending(limit = 50): Promise<number> {
    if (!this.backend.movesMoney) return 0;
    let sent = 0;
    for (let i = 0; i < limit; i++) {
      const done = await this.dataSource.transaction(async (tx) => {
        const [line]: Array<
          SettlementLineRow & { kind: string; currency: string; reverses_id: string | null }
        > = await tx.query(
          `SELECT l.*, s.kind, s.currency, s.reverses_id
               FROM settlement_lines l JOIN settlements s ON s.id = l.settlement_id
              WHERE l.transfer_status = 'PENDING' AND (l.transfer_error IS NULL OR l.updated_at < $1)
              ORDER BY l.updated_at LIMIT 1 FOR UPDATE OF l SKIP LOCKED`,
          [new Date(this.clock.now().getTime() - TRANSFER_RETRY_MS)],
        );
        if (!line) return false;
        if (line.kind === 'REVERSAL') {
          // Not automated yet: marked FAILED (terminal) so an operator reverses the transfer by hand.
          await tx.query(
            `UPDATE settlement_lines SET transfer_status = 'FAILED', transfer_error = $3, updated_at = $4
              WHERE settlement_id = $1 AND recipient_did = $2`,
            [
              line.settlement_id,
              line.recipient_did,
              'Transfer reversals are not automated yet; reverse the Stripe transfer in the dashboard',
              this.clock.now(),
            ],
          );
          return true;
        }
        try {
          const result = await this.backend.transfer({
            settlementId: line.settlement_id,
            recipientDid: line.recipient_did,
            amount: Number(line.amount),
            currency: line.currency,
            idempotencyKey: transferIdempotencyKey(line.settlement_id, line.recipient_did),
          });
          await tx.query(
            `UPDATE settlement_lines SET transfer_status = 'DONE', transfer_ref = $3, transfer_error = NULL, updated_at = $4
              WHERE settlement_id = $1 AND recipient_did = $2`,
            [line.settlement_id, line.recipient_did, result.reference, this.clock.now()],
          );
        } catch (error) {
          // Left PENDING with the reason: retried after TRANSFER_RETRY_MS, or at once when the DID links an account.
          this.logger.warn(
            { err: error, settlementId: line.settlement_id, did: line.recipient_did },
            'transfer failed',
          );
          await tx.query(
            `UPDATE settlement_lines SET transfer_error = $3, updated_at = $4 WHERE settlement_id = $1 AND recipient_did = $2`,
            [
              line.settlement_id,
              line.recipient_did,
              (error as Error).message.slice(0, 500),
              this.clock.now(),
            ],
          );
        }
        return true;
      });
      if (!done) break;
      sent += 1;
    }
    return sent;
  }

  /** Makes failed transfers of `did` eligible again (after it linked a Stripe account). */
  async retryTransfersOf(manager: EntityManager, did: string): Promise<void> {
    await manager.query(
      `UPDATE settlement_lines SET transfer_error = NULL WHERE recipient_did = $1 AND transfer_status = 'PENDING'`,
      [did],
    );
  }

  private async linesOf(tx: EntityManager, settlementId: string): Promise<SettlementLineRow[]> {
    return tx.query(`SELECT * FROM settlement_lines WHERE settlement_id = $1 ORDER BY position`, [
      settlementId,
    ]);
  }

  /**
   * The clearing account and one USER account per recipient, created in the caller's transaction when
   * missing (in key order, so concurrent settlements wait rather than deadlock). Ids of accounts that
   * already existed are cached: accounts are never removed, but a new one vanishes if the caller rolls back.
   */
  private async accounts(
    tx: EntityManager,
    currency: string,
    dids: string[],
    at: Date,
  ): Promise<{ clearing: string; users: Map<string, string> }> {
    const key = (kind: string, did: string) => `${kind} ${currency} ${did}`;
    const local = new Map<string, string>();
    const wanted = [{ kind: 'CLEARING', did: this.nodeDid }, ...dids.map((did) => ({ kind: 'USER', did }))];
    const missing = wanted
      .filter((a) => !this.accountIds.has(key(a.kind, a.did)))
      .sort((a, b) => (key(a.kind, a.did) < key(b.kind, b.did) ? -1 : 1));
    if (missing.length > 0) {
      const created: Array<{ id: string; did: string; kind: string }> = await tx.query(
        `INSERT INTO ledger_account (owner_did, did, kind, currency, created_at)
         SELECT did, did, kind, $3, $4 FROM unnest($1::text[], $2::text[]) AS a (did, kind)
         ON CONFLICT (did, kind, currency) DO NOTHING RETURNING id, did, kind`,
        [missing.map((a) => a.did), missing.map((a) => a.kind), currency, at],
      );
      const fresh = new Set(created.map((r) => key(r.kind, r.did)));
      const rows: Array<{ id: string; did: string; kind: string }> = await tx.query(
        `SELECT a.id, a.did, a.kind FROM ledger_account a
           JOIN unnest($1::text[], $2::text[]) AS m (did, kind) ON m.did = a.did AND m.kind = a.kind
          WHERE a.currency = $3`,
        [missing.map((a) => a.did), missing.map((a) => a.kind), currency],
      );
      for (const r of rows) {
        const k = key(r.kind, r.did);
        if (fresh.has(k)) local.set(k, r.id);
        else this.accountIds.set(k, r.id);
      }
    }
    const id = (kind: string, did: string) => {
      const found = this.accountIds.get(key(kind, did)) ?? local.get(key(kind, did));
      if (!found) throw new Error(`Ledger account ${kind} ${did} ${currency} could not be created`);
      return found;
    };
    return { clearing: id('CLEARING', this.nodeDid), users: new Map(dids.map((d) => [d, id('USER', d)])) };
  }

  /** Writes one settlement's entries, refusing any set whose debits and credits differ. */
  private async post(
    tx: EntityManager,
    settlementId: string,
    currency: string,
    at: Date,
    entries: Array<{ accountId: string; ownerDid: string; debit: number; credit: number; memo: string }>,
  ): Promise<void> {
    const debits = entries.reduce((s, e) => s + BigInt(e.debit), 0n);
    const credits = entries.reduce((s, e) => s + BigInt(e.credit), 0n);
    if (debits !== credits) throw new Error(`Unbalanced settlement ${settlementId}: ${debits} ≠ ${credits}`);
    await tx.query(
      `INSERT INTO ledger_entries (owner_did, account_id, settlement_id, currency, debit, credit, memo, created_at)
       SELECT owner_did, account_id, $1, $2, debit, credit, memo, $3
         FROM unnest($4::text[], $5::bigint[], $6::bigint[], $7::bigint[], $8::text[])
              AS e (owner_did, account_id, debit, credit, memo)`,
      [
        settlementId,
        currency,
        at,
        entries.map((e) => e.ownerDid),
        entries.map((e) => e.accountId),
        entries.map((e) => String(e.debit)),
        entries.map((e) => String(e.credit)),
        entries.map((e) => e.memo),
      ],
    );
  }
}
