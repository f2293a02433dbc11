import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SessionMethod = 'SIGNATURE' | 'EMAIL_CODE';

/** Tokens are never stored, only their SHA-256, so a database leak does not leak sessions. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The signed challenge; null for a did:email session, which proved the emailed code instead. */
  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ type: 'text', default: 'SIGNATURE' })
  method!: SessionMethod;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'challenges' })
export class ChallengeEntity {
  @PrimaryColumn({ type: 'text' })
  challenge!: string;

  @Column({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
