import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType({ description: 'A file sent with a message: where it is and the hash that pins its content.' })
export class Attachment {
  @Field({ description: 'https URL of the content.' })
  url!: string;

  @Field({ description: '`sha256:` followed by 64 lowercase hex digits of the content.' })
  contentHash!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  mimeType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Size in bytes.' })
  size?: number | null;
}

@ObjectType({
  description:
    "A signed message. `seq` numbers a conversation's messages 1, 2, 3… with no gaps; `cursor` is its opaque " +
    'position for `messages(after:)`/`messages(before:)`.',
})
@Directive('@key(fields: "id")')
export class Message {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field({ description: 'Pass to `messages(after:)` to catch up from here, e.g. after a reconnect.' })
  cursor!: string;

  @Field({ description: "The sender's idempotency key: a retried send with the same clientId returns this." })
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Plaintext, or an encrypted envelope when the conversation is encrypted. Null once deleted.',
  })
  body!: string | null;

  @Field(() => [Attachment])
  attachments!: Attachment[];

  @Field(() => Int, { description: '1 when sent; each edit or delete adds one.' })
  revision!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt!: Date | null;

  @Field({ description: "Signature of the current revision's proof, base64url." })
  signature!: string;

  @Field({ description: 'The exact canonical JSON signed for the current revision.' })
  signedPayload!: string;

  conversationId!: string;
  senderDid!: string;
  /** Internal: the agent that signed for the sender under a delegation, resolved into `agent`. */
  agentDid!: string | null;
  replyToId!: string | null;
}

export enum RevisionAction {
  SEND = 'SEND',
  EDIT = 'EDIT',
  DELETE = 'DELETE',
}
registerEnumType(RevisionAction, { name: 'RevisionAction' });

@ObjectType({ description: 'One signed version of a message. Bodies of deleted messages are withheld.' })
export class MessageRevision {
  @Field(() => Int)
  revision!: number;

  @Field(() => RevisionAction)
  action!: RevisionAction;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => [Attachment], { nullable: true })
  attachments!: Attachment[] | null;

  @Field()
  signature!: string;

  @Field(() => String, { nullable: true, description: 'Withheld (null) once the message is deleted.' })
  signedPayload!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Someone started or stopped typing in a conversation.' })
export class TypingEvent {
  @Field(() => ID)
  conversationId!: string;

  @Field({ description: 'False when they stopped or the indicator timed out.' })
  typing!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the indicator lapses unless refreshed.' })
  expiresAt!: Date | null;

  did!: string;
}
