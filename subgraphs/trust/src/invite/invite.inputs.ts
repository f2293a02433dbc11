import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description: 'Signed as type `mjn.trust.createInvite` by the inviter. Give toEmail or toDid, or neither.',
})
export class CreateInviteInput {
  @Field(() => String, { nullable: true })
  toEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this did:mjn may accept.' })
  toDid?: string | null;

  @Field(() => Int, { description: '1–1000 acceptances.' })
  maxUses!: number;

  @Field({ description: 'ISO 8601 UTC instant, in the future; signed exactly as sent.' })
  expiresAt!: string;
}
