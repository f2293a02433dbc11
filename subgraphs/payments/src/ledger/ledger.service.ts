import type { DataSource } from 'typeorm';

import { checkPageSize, decodeCursor, toConnection, type Connection } from '@imajin/subgraph-common';

import { EntryDirection, type LedgerEntry } from './ledger.types';

interface EntryRow {
  id: string;
  debit: string;
  credit: string;
  currency: string;
  settlement_id: string;
  memo: string;
  created_at: Date;
}

const isCursor = (v: unknown): v is string => typeof v === 'string' && /^\d{1,19}$/.test(v);

/** Reads of the double-entry ledger (writes happen only in SettlementService, inside a settlement). */
export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

  /** The balance of `did` in `currency` in minor units (0 when the account does not exist). */
  async balance(did: string, currency: string): Promise<number> {
    const rows: Array<{ balance: string }> = await this.dataSource.query(
      `SELECT balance::text AS balance FROM ledger_accounts
        WHERE did = $1 AND kind = 'USER' AND currency = $2 AND deleted_at IS NULL`,
      [did, currency],
    );
    return Number(rows[0]?.balance ?? 0);
  }

  /** Every currency `did` holds, by currency code. */
  async balances(did: string): Promise<Array<{ currency: string; amount: number }>> {
    const rows: Array<{ currency: string; amount: string }> = await this.dataSource.query(
      `SELECT currency, balance::text AS amount FROM ledger_accounts
        WHERE did = $1 AND kind = 'USER' AND deleted_at IS NULL ORDER BY currency`,
      [did],
    );
    return rows.map((r) => ({ currency: r.currency, amount: Number(r.amount) }));
  }

  /** The entries on `did`'s accounts, newest first. */
  async page(did: string, first: number, after?: string | null): Promise<Connection<LedgerEntry>> {
    checkPageSize(first);
    const cursor = decodeCursor(after, isCursor);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.debit::text AS debit, e.credit::text AS credit, e.currency,
              e.settlement_id, e.memo, e.created_at
         FROM ledger_entries e JOIN ledger_account a ON a.id = e.account_id
        WHERE a.did = $1 AND a.kind = 'USER' AND e.deleted_at IS NULL AND ($2::bigint IS NULL OR e.id < $2::bigint)
        ORDER BY e.id DESC LIMIT $3`,
      [did, cursor, first + 1],
    );
    const total: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_entries e JOIN ledger_account a ON a.id = e.account_id
        WHERE a.did = $1 AND a.kind = 'USER' AND e.deleted_at IS NULL`,
      [did],
    );
    const entries = rows.map((r): LedgerEntry => ({
      id: r.id,
      direction: r.credit !== '0' ? EntryDirection.CREDIT : EntryDirection.DEBIT,
      amount: Number(r.credit !== '0' ? r.credit : r.debit),
      currency: r.currency,
      settlementId: r.settlement_id,
      memo: r.memo,
      createdAt: r.created_at,
    }));
    return toConnection(entries, first, total[0].n, (e) => e.id);
  }
}
