import { Field, InputType } from 'type-graphql';

import { IdentityKindEnum } from './identity.types';

@InputType({ description: 'Profile fields; omit a field to keep it, send "" to clear it.' })
export class ProfileInput {
  @Field(() => String, { nullable: true })
  handle?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 80 characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL, up to 2048 characters.' })
  avatarUrl?: string | null;
}

@InputType({ description: 'Signed as type `mjn.identity.register` by the DID being registered.' })
export class RegisterInput extends ProfileInput {
  @Field({ description: 'The did:mjn of the key that signs the proof.' })
  did!: string;

  // Required, not defaulted: a server-side default would change the bytes the client signed.
  @Field(() => IdentityKindEnum)
  kind!: IdentityKindEnum;
}

@InputType({ description: 'Signed as type `mjn.identity.updateProfile` by the identity itself.' })
export class UpdateProfileInput extends ProfileInput {
  @Field()
  did!: string;
}

@InputType({ description: 'Signed as type `mjn.identity.deactivate` by the identity itself.' })
export class DeactivateInput {
  @Field()
  did!: string;
}

@InputType({
  description:
    'Signed as type `mjn.identity.rotateKey` twice: once by the current key (proof) and once by the new key ' +
    '(newKeyProof), both with signer = did.',
})
export class RotateKeyInput {
  @Field()
  did!: string;

  @Field({ description: 'The new Ed25519 public key, multibase (z6Mk…).' })
  newPublicKey!: string;
}

@InputType({
  description: 'Signed as type `mjn.identity.claimSoft` by the keyed identity that claims the email.',
})
export class ClaimSoftIdentityInput {
  @Field({ description: 'The did:email identity to claim.' })
  emailDid!: string;
}
