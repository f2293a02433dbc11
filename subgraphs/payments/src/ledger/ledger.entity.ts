import { Column, DeleteDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One account per (DID, kind, currency); its balance is derived from entries (view ledger_accounts). */
@Entity({ schema: 'payments', name: 'ledger_account' })
export class LedgerAccountEntity {
  /** bigint: read as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') did!: string;
  @Column('text') kind!: 'USER' | 'CLEARING';
  @Column('text') currency!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

/** Exactly one of debit/credit is non-zero; a settlement's entries balance. Amounts are bigint strings. */
@Entity({ schema: 'payments', name: 'ledger_entries' })
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('bigint', { name: 'account_id' }) accountId!: string;
  @Column('uuid', { name: 'settlement_id' }) settlementId!: string;
  @Column('text') currency!: string;
  @Column('bigint') debit!: string;
  @Column('bigint') credit!: string;
  @Column('text') memo!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

export const ledgerEntities = [LedgerAccountEntity, LedgerEntryEntity];
