import { Field, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'A delegation to grant, signed by the person as `mjn.identity.delegate` over exactly these fields (SPEC §3.1).',
})
export class DelegateInput {
  @Field({ description: 'The did:mjn of a registered, active identity of kind AGENT.' })
  agent!: string;

  @Field(() => [String], {
    description:
      '1–8 distinct action types the agent may sign for you: mjn.trust.vouch, mjn.trust.revokeVouch, ' +
      'mjn.chat.message, or mjn.payments.read (read-only money).',
  })
  scopes!: string[];

  @Field({ description: 'ISO 8601 instant (toISOString), in the future and at most 365 days ahead.' })
  expiresAt!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'At most this many delegated requests in any rolling 24 hours (1–100000); omit for no limit.',
  })
  maxUsesPerDay?: number | null;
}
