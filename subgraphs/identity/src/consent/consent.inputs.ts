import { Field, InputType, Int } from 'type-graphql';

// Signed inputs carry no defaults: a server-side default would change the bytes the client signed.
@InputType({
  description:
    'Signed as type `mjn.consent.declare` by the grantor (the proof signer). Audience: `grantee`, or ' +
    '`maxTrustHops`, or neither for anyone.',
})
export class DeclareConsentInput {
  @Field(() => String, { nullable: true, description: 'The one did:mjn this consent is granted to.' })
  grantee?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Anyone within this many trust hops (1–6) of the grantor, along active vouches.',
  })
  maxTrustHops?: number | null;

  @Field(() => [String], {
    description:
      '1–16 distinct purposes: query, contact, training, resale, or a lowercase scope (a-z, 0-9, . _ : -).',
  })
  purposes!: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Highest fee an exchange under this consent may carry, in integer minor units of `currency`.',
  })
  maxFee?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; required with maxFee.' })
  currency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 UTC instant (toISOString form), in the future; signed exactly as sent.',
  })
  expiresAt?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Longest the requester may keep what it receives (0–36500).',
  })
  retentionDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Nothing received may be used to train models.' })
  noTraining?: boolean | null;
}
