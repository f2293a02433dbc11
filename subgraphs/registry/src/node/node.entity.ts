import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'nodes' })
export class NodeEntity {
  @PrimaryColumn({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'operator_did', type: 'text', nullable: true })
  operatorDid!: string | null;

  @Column({ type: 'text' })
  hostname!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ name: 'build_hash', type: 'text' })
  buildHash!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text', array: true })
  capabilities!: string[];

  /** What the sweeper last wrote; reads derive the live status from the times below. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'boolean' })
  flagged!: boolean;

  @Column({ name: 'flag_reason', type: 'text', nullable: true })
  flagReason!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'registered_until', type: 'timestamptz' })
  registeredUntil!: Date;

  @Column({ name: 'last_heartbeat_at', type: 'timestamptz' })
  lastHeartbeatAt!: Date;

  @Column({ name: 'heartbeat_count', type: 'integer' })
  heartbeatCount!: number;

  @Column({ name: 'last_stats', type: 'jsonb', nullable: true })
  lastStats!: Record<string, unknown> | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;

  @Column({ name: 'hostname_released_at', type: 'timestamptz', nullable: true })
  hostnameReleasedAt!: Date | null;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'signed_payload', type: 'text' })
  signedPayload!: string;

  @Column({ name: 'last_heartbeat_signature', type: 'text', nullable: true })
  lastHeartbeatSignature!: string | null;

  @Column({ name: 'last_heartbeat_payload', type: 'text', nullable: true })
  lastHeartbeatPayload!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'attested_builds' })
export class AttestedBuildEntity {
  @PrimaryColumn({ name: 'build_hash', type: 'text' })
  buildHash!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'attested_by', type: 'text' })
  attestedBy!: string;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'signed_payload', type: 'text' })
  signedPayload!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'dns_records' })
export class DnsRecordEntity {
  @PrimaryColumn({ name: 'node_did', type: 'text' })
  nodeDid!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ type: 'text' })
  desired!: 'PRESENT' | 'ABSENT';

  @Column({ type: 'text' })
  state!: 'PENDING' | 'DONE' | 'FAILED';

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
