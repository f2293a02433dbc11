import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Key history: the row with no valid_until is the current key; older rows verify older signatures. */
@Entity({ name: 'identity_keys' })
export class IdentityKeyEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ name: 'signed_payload', type: 'text', nullable: true })
  signedPayload!: string | null;

  @Column({ name: 'new_key_signature', type: 'text', nullable: true })
  newKeySignature!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
