import { Field, ID, Int, ObjectType } from 'type-graphql';

import { Identity } from '../identity/identity.types';
import { Vouch } from '../vouch/vouch.types';

@ObjectType({ description: 'An invitation into the trust graph; accepting it records mutual vouches.' })
export class Invite {
  @Field(() => ID)
  id!: string;

  @Field(() => Identity)
  inviter!: Identity;

  @Field(() => String, { nullable: true, description: 'Who it is meant for (informational).' })
  toEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'When set, only this DID may accept.' })
  toDid!: string | null;

  @Field(() => Int)
  maxUses!: number;

  @Field(() => Int)
  uses!: number;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Ed25519 signature by the inviter (type `mjn.trust.createInvite`).' })
  signature!: string;

  @Field()
  signedPayload!: string;
}

@ObjectType({ description: 'A new invite and its code: share the code; it is shown only once.' })
export class CreatedInvite {
  @Field(() => Invite)
  invite!: Invite;

  @Field({ description: 'Shown once; the server keeps only its hash.' })
  code!: string;
}

@ObjectType({ description: 'An accepted invite and the mutual vouches it recorded.' })
export class AcceptedInvite {
  @Field(() => Invite)
  invite!: Invite;

  @Field(() => [Vouch], {
    description:
      'inviter → accepter (backed by the invite signature) and accepter → inviter (backed by the accept ' +
      'signature); a pair that already had an active vouch keeps it.',
  })
  vouches!: Vouch[];
}
