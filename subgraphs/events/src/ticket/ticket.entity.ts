import { Column, Entity, PrimaryColumn } from 'typeorm';

export type HoldStatus = 'OFFERED' | 'PENDING' | 'ISSUED' | 'EXPIRED' | 'CANCELED' | 'REFUNDED';

/** A seat taken for one buyer: unpaid (PENDING), offered from the waitlist (OFFERED) or turned into a ticket. */
@Entity({ name: 'holds' })
export class HoldEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'tier_id', type: 'text' })
  tierId!: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'buyer_did', type: 'text' })
  buyerDid!: string;

  @Column({ type: 'text' })
  status!: HoldStatus;

  @Column({ type: 'bigint' })
  amount!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'checkout_id', type: 'text', nullable: true })
  checkoutId!: string | null;

  @Column({ name: 'checkout_url', type: 'text', nullable: true })
  checkoutUrl!: string | null;

  @Column({ name: 'payment_id', type: 'text', nullable: true })
  paymentId!: string | null;

  @Column({ name: 'waitlist_entry_id', type: 'text', nullable: true })
  waitlistEntryId!: string | null;

  @Column({ name: 'refund_confirmed_at', type: 'timestamptz', nullable: true })
  refundConfirmedAt!: Date | null;

  /** Where the purchase came from (as the gateway saw it), for the per-IP hold limit; null if unknown. */
  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp!: string | null;

  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ name: 'signed_payload', type: 'text', nullable: true })
  signedPayload!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'tickets' })
export class TicketEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'tier_id', type: 'text' })
  tierId!: string;

  @Column({ name: 'hold_id', type: 'text', nullable: true })
  holdId!: string | null;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'holder_did', type: 'text' })
  holderDid!: string;

  @Column({ name: 'payment_id', type: 'text', nullable: true })
  paymentId!: string | null;

  @Column({ type: 'text' })
  token!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'text' })
  status!: 'VALID' | 'REVOKED';

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'transferred_from', type: 'text', nullable: true })
  transferredFrom!: string | null;

  @Column({ name: 'transferred_to', type: 'text', nullable: true })
  transferredTo!: string | null;

  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ name: 'signed_payload', type: 'text', nullable: true })
  signedPayload!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'check_ins' })
export class CheckInEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'ticket_id', type: 'text' })
  ticketId!: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'scanner_did', type: 'text' })
  scannerDid!: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt!: Date;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'signed_payload', type: 'text' })
  signedPayload!: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'waitlist_entries' })
export class WaitlistEntryEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'tier_id', type: 'text' })
  tierId!: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'buyer_did', type: 'text' })
  buyerDid!: string;

  @Column({ type: 'text' })
  status!: 'WAITING' | 'OFFERED' | 'CLAIMED' | 'EXPIRED' | 'LEFT';

  @Column({ name: 'hold_id', type: 'text', nullable: true })
  holdId!: string | null;

  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ name: 'signed_payload', type: 'text', nullable: true })
  signedPayload!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
