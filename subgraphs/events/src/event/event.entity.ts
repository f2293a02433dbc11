import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** The event's own did:mjn; its private key is sealed in `sealedSeed`. */
  @Column({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'host_did', type: 'text' })
  hostDid!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'text' })
  visibility!: 'PUBLIC' | 'UNLISTED' | 'TRUST_GATED';

  @Column({ name: 'trust_max_hops', type: 'integer', nullable: true })
  trustMaxHops!: number | null;

  @Column({ name: 'manifest_id', type: 'text', nullable: true })
  manifestId!: string | null;

  @Column({ type: 'text' })
  status!: 'ACTIVE' | 'CANCELED';

  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ name: 'sealed_seed', type: 'text', select: false })
  sealedSeed!: string;

  @Column({ name: 'did_registered_at', type: 'timestamptz', nullable: true })
  didRegisteredAt!: Date | null;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'signed_payload', type: 'text' })
  signedPayload!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'canceled_at', type: 'timestamptz', nullable: true })
  canceledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'ticket_tiers' })
export class TierEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Integer minor units; bigint comes back from pg as a string. */
  @Column({ type: 'bigint' })
  price!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer' })
  reserved!: number;

  @Column({ name: 'sales_start', type: 'timestamptz', nullable: true })
  salesStart!: Date | null;

  @Column({ name: 'sales_end', type: 'timestamptz', nullable: true })
  salesEnd!: Date | null;

  @Column({ name: 'per_buyer_limit', type: 'integer' })
  perBuyerLimit!: number;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'scanners' })
export class ScannerEntity {
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @PrimaryColumn({ name: 'scanner_did', type: 'text' })
  scannerDid!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'signed_payload', type: 'text' })
  signedPayload!: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
