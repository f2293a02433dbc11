import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { ConnectionType } from '@imajin/subgraph-common';

import { Identity } from '../identity/identity.types';

@ObjectType({
  description:
    'A signed statement "from trusts to, with this weight". Revoked and expired vouches stop counting in the ' +
    'graph but stay in history. `signedPayload` is the exact RFC 8785 JSON that `signature` (Ed25519, base64url, ' +
    'by `from`) covers, so anyone can verify a vouch offline.',
})
@Directive('@key(fields: "id")')
export class Vouch {
  @Field(() => ID)
  id!: string;

  @Field(() => Identity, {
    description: 'Who vouches: the signer, or the person an agent signed for under a delegation.',
  })
  from!: Identity;

  @Field(() => Identity, {
    nullable: true,
    description:
      'The agent that signed it on behalf of `from` under a delegation; null when `from` signed it.',
  })
  agent!: Identity | null;

  @Field(() => Identity)
  to!: Identity;

  @Field(() => Int, { description: '1–100.' })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'Free text: where or why (up to 200 characters).' })
  context!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field({ description: 'Neither revoked nor expired: it counts in trust paths and scores.' })
  active!: boolean;

  @Field({ description: 'Ed25519 signature by `from` (by `agent` when set), base64url.' })
  signature!: string;

  @Field({
    description:
      'The canonical JSON string that was signed: type `mjn.trust.vouch`, or for vouches recorded by an ' +
      'accepted invite, the `mjn.trust.createInvite` (inviter → accepter) or `mjn.trust.acceptInvite` payload.',
  })
  signedPayload!: string;

  @Field(() => String, { nullable: true, description: 'Signature of the `mjn.trust.revokeVouch` proof.' })
  revokeSignature!: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical JSON of the revocation proof.' })
  revokeSignedPayload!: string | null;
}

export const VouchConnection = ConnectionType(Vouch);
