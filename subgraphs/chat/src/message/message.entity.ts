import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'chat', name: 'messages' })
export class MessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'conversation_id' }) conversationId!: string;
  @Column('bigint') seq!: string;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text', { name: 'sender_did' }) senderDid!: string;
  @Column('text', { name: 'client_id' }) clientId!: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'reply_to', nullable: true }) replyTo!: string | null;
  @Column('jsonb') attachments!: unknown[];
  @Column('integer') revision!: number;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}

@Entity({ schema: 'chat', name: 'message_revisions' })
export class MessageRevisionEntity {
  @PrimaryColumn('uuid', { name: 'message_id' }) messageId!: string;
  @PrimaryColumn('integer') revision!: number;
  @Column('text', { name: 'owner_did' }) ownerDid!: string;
  @Column('text') action!: string;
  @Column('text', { nullable: true }) body!: string | null;
  @Column('jsonb', { nullable: true }) attachments!: unknown[] | null;
  @Column('text') signature!: string;
  @Column('text', { name: 'signed_payload' }) signedPayload!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}
