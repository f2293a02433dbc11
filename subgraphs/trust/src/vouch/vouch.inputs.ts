import { Field, InputType, Int } from 'type-graphql';

// Signed inputs carry no defaults: a server-side default would change the bytes the client signed.
@InputType({ description: 'Signed as type `mjn.trust.vouch` by the voucher (the proof signer).' })
export class VouchInput {
  @Field({ description: 'The did:mjn vouched for; must be a registered, active identity.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'Up to 200 characters.' })
  context?: string | null;

  @Field(() => Int, { description: '1–100.' })
  weight!: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 UTC instant after which the vouch stops counting; signed exactly as sent.',
  })
  expiresAt?: string | null;
}
