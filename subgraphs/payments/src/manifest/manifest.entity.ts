import { Column, DeleteDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { FairManifestBody } from '@imajin/protocol';

/** A stored manifest; never updated (the id is the hash of `body`). Queried with SQL in ManifestService. */
@Entity({ schema: 'payments', name: 'fair_manifests' })
export class FairManifestEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') version!: string;
  @Column('jsonb') body!: FairManifestBody;
  @Column('text') canonical!: string;
  @Column('text', { nullable: true }) terms!: string | null;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'signed_at' }) signedAt!: Date;
  @Column('boolean') imported!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

@Entity({ schema: 'payments', name: 'fair_contributors' })
export class FairContributorEntity {
  @PrimaryColumn('text', { name: 'manifest_id' }) manifestId!: string;
  @PrimaryColumn('text') did!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('int') position!: number;
  @Column('text') role!: string;
  @Column('int') share!: number;
}

@Entity({ schema: 'payments', name: 'fair_upstreams' })
export class FairUpstreamEntity {
  @PrimaryColumn('text', { name: 'manifest_id' }) manifestId!: string;
  @PrimaryColumn('text', { name: 'upstream_id' }) upstreamId!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('int') position!: number;
  @Column('int') share!: number;
}

/** A contributor's consent (type mjn.fair.consent over { manifestId }). */
@Entity({ schema: 'payments', name: 'fair_signatures' })
export class FairSignatureEntity {
  @PrimaryColumn('text', { name: 'manifest_id' }) manifestId!: string;
  @PrimaryColumn('text', { name: 'signer_did' }) signerDid!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'signed_at' }) signedAt!: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at' }) deletedAt!: Date | null;
}

export const manifestEntities = [
  FairManifestEntity,
  FairContributorEntity,
  FairUpstreamEntity,
  FairSignatureEntity,
];
