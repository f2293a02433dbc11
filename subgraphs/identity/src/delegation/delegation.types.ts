import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { Identity } from '../identity/identity.types';

@ObjectType({
  description:
    'A signed, scoped, revocable permission from a person to an agent to act for them. Visible only to the two.',
})
@Directive('@key(fields: "id")')
export class Delegation {
  @Field(() => ID)
  id!: string;

  @Field(() => Identity, { nullable: true, description: 'The person who granted it (and signed it).' })
  person?: Identity | null;

  @Field(() => Identity, { nullable: true, description: 'The agent that may act for the person.' })
  agent?: Identity | null;

  @Field(() => [String], { description: 'The action types it covers.' })
  scopes!: string[];

  @Field({ description: 'After this instant it covers nothing.' })
  expiresAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Uses allowed in any rolling 24 hours; null for no limit.',
  })
  maxUsesPerDay!: number | null;

  @Field(() => Int, { description: 'Delegated requests it authorised in the last 24 hours.' })
  usesLast24h!: number;

  @Field({ description: 'Not revoked and not expired.' })
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: "The person's Ed25519 signature (base64url) over signedPayload." })
  signature!: string;

  @Field({ description: 'The exact canonical JSON the person signed (mjn.identity.delegate).' })
  signedPayload!: string;

  /** Internal: resolved into `person` and `agent`. */
  personDid!: string;
  agentDid!: string;
}
