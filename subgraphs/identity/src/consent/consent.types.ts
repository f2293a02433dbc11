import { ArgsType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { ConnectionType, PageArgs } from '@imajin/subgraph-common';

@ObjectType({
  description:
    'A signed, revocable statement by `grantorDid` of what others may do with it (SPEC.md §12). Public evidence, ' +
    "like vouches: anyone can read it and re-verify `signature` over `signedPayload` with the grantor's key.",
})
@Directive('@key(fields: "id")')
export class ConsentDeclaration {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Who grants: the signer.' })
  grantorDid!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The one DID it is granted to; null for a bound or anyone.',
  })
  granteeDid!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Granted to anyone within this many trust hops of the grantor.',
  })
  maxTrustHops!: number | null;

  @Field({ description: 'True when granted to anyone (no grantee and no trust bound).' })
  anyone!: boolean;

  @Field(() => [String])
  purposes!: string[];

  @Field(() => Int, { nullable: true, description: 'Highest fee, integer minor units of `currency`.' })
  maxFee!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true })
  retentionDays!: number | null;

  @Field({ description: 'Nothing received may be used for training.' })
  noTraining!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: 'Neither revoked nor expired: it can permit something.' })
  live!: boolean;

  @Field({ description: 'Ed25519 signature by the grantor, base64url.' })
  signature!: string;

  @Field({ description: 'The canonical JSON (type `mjn.consent.declare`) that `signature` covers.' })
  signedPayload!: string;

  @Field(() => String, { nullable: true, description: 'Signature of the `mjn.consent.revoke` proof.' })
  revokeSignature!: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical JSON of the revocation proof.' })
  revokeSignedPayload!: string | null;
}

export const ConsentDeclarationConnection = ConnectionType(ConsentDeclaration);

@ArgsType()
export class ConsentPageArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Also list revoked and expired declarations (history).' })
  includeInactive: boolean = false;

  @Field(() => String, { nullable: true, description: 'Only declarations that list this purpose.' })
  purpose?: string | null;
}
