import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class AttachmentInput {
  @Field({ description: 'https URL, at most 2048 characters.' })
  url!: string;

  @Field({ description: '`sha256:` + 64 lowercase hex digits.' })
  contentHash!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  mimeType?: string | null;

  @Field(() => Int, { nullable: true })
  size?: number | null;
}

@InputType({
  description:
    'Signed as `mjn.chat.message` over exactly these fields. In an encrypted conversation `body` is the ' +
    'envelope from @imajin/protocol encryptChatMessage.',
})
export class SendMessageInput {
  @Field(() => ID)
  conversationId!: string;

  @Field()
  body!: string;

  @Field({ description: '1–100 characters [A-Za-z0-9._:-], unique per sender and conversation.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'A message of the same conversation this answers.' })
  replyTo?: string | null;

  @Field(() => [AttachmentInput], { nullable: true, description: 'At most 10.' })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Signed as `mjn.chat.editMessage` by the sender.' })
export class EditMessageInput {
  @Field(() => ID)
  messageId!: string;

  @Field()
  body!: string;

  @Field(() => [AttachmentInput], { nullable: true })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'Signed as `mjn.chat.deleteMessage` by the sender or a group ADMIN.' })
export class DeleteMessageInput {
  @Field(() => ID)
  messageId!: string;
}
