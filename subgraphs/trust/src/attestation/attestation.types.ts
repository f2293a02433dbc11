import { Field, ID, ObjectType } from 'type-graphql';

import { Identity } from '../identity/identity.types';

@ObjectType({
  description:
    'A signed, typed statement by `issuer` about `subject` (event.attendance, email.verified, …). A vouch is ' +
    'the attestation of type `vouch` (its claim is {"weight", "context"}); it is listed here with its own signature.',
})
export class Attestation {
  @Field(() => ID, { description: 'For type `vouch`, the Vouch id.' })
  id!: string;

  @Field({ description: 'Dotted lower-case name such as event.attendance, or `vouch`.' })
  type!: string;

  @Field(() => Identity)
  issuer!: Identity;

  @Field(() => Identity)
  subject!: Identity;

  @Field(() => String, {
    nullable: true,
    description: 'Free-form claim (often JSON), up to 2,000 characters.',
  })
  claim!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: 'Neither revoked nor expired.' })
  active!: boolean;

  @Field({
    description: 'Ed25519 by the issuer over `signedPayload` (type `mjn.trust.attest` or `mjn.trust.vouch`).',
  })
  signature!: string;

  @Field()
  signedPayload!: string;
}
