import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every accepted proof, one row each: the unique (signer, nonce) pair is the replay guard, and the
 * canonical payload plus signature let anyone re-verify the write later.
 */
@Entity({ name: 'proof_log' })
@Index(['signer', 'nonce'], { unique: true })
export class ProofLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ type: 'text' })
  signer!: string;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ type: 'text' })
  payload!: string;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
