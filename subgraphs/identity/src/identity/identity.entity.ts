import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const IdentityKinds = ['HUMAN', 'AGENT', 'ORG', 'EVENT', 'NODE'] as const;
export type IdentityKind = (typeof IdentityKinds)[number];

/** One row per DID: keyed identities (did:mjn) and soft email identities (did:email). */
@Entity({ name: 'identities' })
export class IdentityEntity {
  @PrimaryColumn({ type: 'text' })
  did!: string;

  @Column({ name: 'owner_did', type: 'text' })
  ownerDid!: string;

  @Column({ type: 'text' })
  kind!: IdentityKind;

  @Column({ type: 'boolean', default: false })
  soft!: boolean;

  @Column({ type: 'text', nullable: true })
  handle!: string | null;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  @Column({ name: 'avatar_url', type: 'text', nullable: true })
  avatarUrl!: string | null;

  @Column({ name: 'claimed_by', type: 'text', nullable: true })
  claimedBy!: string | null;

  /** The last signed write's signature and canonical payload, so anyone can re-verify the row. */
  @Column({ type: 'text', nullable: true })
  signature!: string | null;

  @Column({ name: 'signed_payload', type: 'text', nullable: true })
  signedPayload!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
