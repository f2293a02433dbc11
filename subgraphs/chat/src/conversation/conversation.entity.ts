import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'chat', name: 'conversations' })
export class ConversationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') kind!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('boolean') encrypted!: boolean;
  @Column('text', { name: 'direct_key', nullable: true }) directKey!: string | null;
  @Column('bigint', { name: 'last_seq' }) lastSeq!: string;
  @Column('uuid', { name: 'last_message_id', nullable: true }) lastMessageId!: string | null;
  @Column('timestamptz', { name: 'last_message_at', nullable: true }) lastMessageAt!: Date | null;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}

@Entity({ schema: 'chat', name: 'conversation_members' })
export class ConversationMemberEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' }) conversationId!: string;
  @PrimaryColumn('text', { name: 'member_did' }) memberDid!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') role!: string;
  @Column('text', { name: 'added_by' }) addedBy!: string;
  @Column('timestamptz', { name: 'joined_at' }) joinedAt!: Date;
  @Column('bigint', { name: 'last_read_seq' }) lastReadSeq!: string;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('text', { name: 'removed_by', nullable: true }) removedBy!: string | null;
  @Column('text', { name: 'removed_signature', nullable: true }) removedSignature!: string | null;
  @Column('text', { name: 'removed_signed_payload', nullable: true }) removedSignedPayload!: string | null;
}
