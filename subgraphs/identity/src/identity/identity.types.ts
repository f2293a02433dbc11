import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '@imajin/subgraph-common';

export enum IdentityKindEnum {
  HUMAN = 'HUMAN',
  AGENT = 'AGENT',
  ORG = 'ORG',
  EVENT = 'EVENT',
  NODE = 'NODE',
}

registerEnumType(IdentityKindEnum, {
  name: 'IdentityKind',
  description: 'What acts behind a DID: a person, a software agent, an organisation, an event or a node.',
});

@ObjectType({ description: "An identity's public profile." })
export class Profile {
  @Field(() => String, {
    nullable: true,
    description: 'Unique handle: 3–30 of a-z, 0-9 and _, starting with a letter.',
  })
  handle!: string | null;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL of an image.' })
  avatarUrl!: string | null;
}

@ObjectType({ description: 'One Ed25519 key an identity has held, with when it was valid.' })
export class IdentityKey {
  @Field({ description: 'Multibase (z6Mk…) Ed25519 public key.' })
  publicKeyMultibase!: string;

  @Field()
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was rotated out; null for the current key.' })
  validUntil!: Date | null;

  @Field({ description: 'True for the key that verifies new proofs.' })
  current!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Signature (by the previous key) that authorised this key.',
  })
  rotationSignature!: string | null;
}

@ObjectType({
  description:
    'A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) ' +
    'are an email onramp that cannot sign until claimed by a keyed identity.',
})
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID, { description: 'did:mjn:z6Mk… or did:email:<local>_at_<domain>.' })
  did!: string;

  @Field(() => IdentityKindEnum)
  kind!: IdentityKindEnum;

  @Field({ description: 'True for a did:email onramp identity without keys.' })
  soft!: boolean;

  @Field(() => Profile, { nullable: true, description: 'Null once the identity is deactivated.' })
  profile!: Profile | null;

  @Field({ description: 'False once deactivated (a soft delete; the DID and its history remain).' })
  active!: boolean;

  @Field(() => Date, { nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => Identity, {
    nullable: true,
    description: 'For a claimed did:email, the keyed identity that claimed it.',
  })
  claimedBy?: Identity | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** Internal: resolved into `claimedBy` by a field resolver. */
  claimedByDid!: string | null;
}

export const IdentityConnection = ConnectionType(Identity);

@ObjectType({
  description: 'A sign-in challenge: sign it with signChallenge() and pass it to signIn within 5 minutes.',
})
export class Challenge {
  @Field()
  challenge!: string;

  @Field()
  did!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: 'A session: send the token as `Authorization: Bearer <token>`.' })
export class Session {
  @Field({ description: 'Shown once; the server keeps only its hash.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Identity)
  identity!: Identity;
}

@ObjectType({ description: 'The outcome of registerSoft: a code was emailed to the address.' })
export class SoftRegistration {
  @Field(() => Identity)
  identity!: Identity;

  @Field({ description: 'When the emailed code stops working.' })
  codeExpiresAt!: Date;
}
