import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '@imajin/subgraph-common';

export enum ConversationKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
}
registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description: 'DIRECT: exactly two DIDs, one per pair. GROUP: named, members managed by its admins.',
});

export enum MemberRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'ADMINs add and remove members of a group.',
});

@ObjectType({ description: 'A direct or group conversation. Only its members can read it.' })
@Directive('@key(fields: "id")')
export class Conversation {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationKind)
  kind!: ConversationKind;

  @Field(() => String, { nullable: true, description: 'The group name; null for direct conversations.' })
  title!: string | null;

  @Field({
    description:
      'True when message bodies are end-to-end encrypted envelopes (see @imajin/protocol e2ee); the server ' +
      'stores ciphertext it cannot read. False: bodies are plaintext.',
  })
  encrypted!: boolean;

  @Field(() => Int, { description: 'Sequence number of the newest message (0 when empty).' })
  lastSeq!: number;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Last change: a message, a membership change or a rename.' })
  updatedAt!: Date;

  @Field({ description: 'Signature of the proof that created the conversation, base64url.' })
  signature!: string;

  @Field({ description: 'The exact canonical JSON that was signed to create it.' })
  signedPayload!: string;

  ownerDid!: string;
  lastMessageId!: string | null;
  lastActivityAt!: Date;
}

@ObjectType({ description: 'A current member of a conversation.' })
export class ConversationMember {
  @Field(() => MemberRole)
  role!: MemberRole;

  @Field()
  joinedAt!: Date;

  @Field(() => Int, { description: 'The highest message sequence number this member has marked read.' })
  lastReadSeq!: number;

  did!: string;
  addedByDid!: string;
}

@ObjectType()
export class ConversationConnection extends ConnectionType(Conversation) {}
