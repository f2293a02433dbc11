import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Signed as `mjn.chat.startDirect`; the signer is one side, `peer` the other.' })
export class StartDirectConversationInput {
  @Field({ description: 'DID of the other person.' })
  peer!: string;

  @Field({ description: 'True for an end-to-end encrypted conversation.' })
  encrypted!: boolean;
}

@InputType({ description: 'Signed as `mjn.chat.createGroup`; the signer becomes its first ADMIN.' })
export class CreateGroupInput {
  @Field({ description: '1–100 characters.' })
  title!: string;

  @Field(() => [String], { description: 'DIDs of the other initial members (at most 1000).' })
  members!: string[];

  @Field()
  encrypted!: boolean;
}

@InputType({ description: 'Signed as `mjn.chat.addMember` by an ADMIN of the group.' })
export class AddMemberInput {
  @Field(() => ID)
  conversationId!: string;

  @Field()
  member!: string;

  @Field({ description: 'True to add them as an ADMIN.' })
  admin!: boolean;
}

@InputType({ description: 'Signed as `mjn.chat.removeMember` by an ADMIN, or by the member to leave.' })
export class RemoveMemberInput {
  @Field(() => ID)
  conversationId!: string;

  @Field()
  member!: string;
}

@InputType({ description: 'Signed as `mjn.chat.markRead` by the member.' })
export class MarkReadInput {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int, {
    description: 'Sequence number of the newest message read; the pointer never moves back.',
  })
  upTo!: number;
}
