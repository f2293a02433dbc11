import { Column, DeleteDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'payments', name: 'settlements' })
export class SettlementEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text', { name: 'payment_id' }) paymentId!: string;
  @Column('text') kind!: 'SETTLEMENT' | 'REVERSAL';
  @Column('uuid', { name: 'reverses_id', nullable: true }) reversesId!: string | null;
  @Column('text', { name: 'manifest_id' }) manifestId!: string;
  /** bigint minor units, read as a string. */
  @Column('bigint') amount!: string;
  @Column('text') currency!: string;
  @Column('text', { name: 'payer_did' }) payerDid!: string;
  @Column('text') backend!: string;
  @Column('text') status!: 'SETTLED' | 'REVERSED';
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'reversed_at', nullable: true }) reversedAt!: Date | null;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

@Entity({ schema: 'payments', name: 'settlement_lines' })
export class SettlementLineEntity {
  @PrimaryColumn('uuid', { name: 'settlement_id' }) settlementId!: string;
  @PrimaryColumn('text', { name: 'recipient_did' }) recipientDid!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('int') position!: number;
  @Column('bigint') amount!: string;
  @Column('jsonb') paths!: Array<{ path: string[]; role: string; share: number; amount: number }>;
  @Column('text', { name: 'transfer_status' }) transferStatus!: string;
  @Column('text', { name: 'transfer_ref', nullable: true }) transferRef!: string | null;
  @Column('text', { name: 'transfer_error', nullable: true }) transferError!: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** DID → Stripe Connect account, set by the DID with a signed linkStripeAccount. */
@Entity({ schema: 'payments', name: 'connected_accounts' })
export class ConnectedAccountEntity {
  @PrimaryColumn('text') did!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text', { name: 'stripe_account_id' }) stripeAccountId!: string;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

export const settlementEntities = [SettlementEntity, SettlementLineEntity, ConnectedAccountEntity];
