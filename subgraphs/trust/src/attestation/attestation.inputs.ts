import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Signed as type `mjn.trust.attest` by the issuer (the proof signer).' })
export class AttestInput {
  @Field({ description: 'The did:mjn the attestation is about; a registered, active identity.' })
  subject!: string;

  // Not `type`: that key is the proof's own (mjn.trust.attest) in the signed payload.
  @Field({ description: 'Dotted lower-case name, e.g. event.attendance or email.verified (not `vouch`).' })
  attestationType!: string;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  claim?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 UTC instant; signed exactly as sent.' })
  expiresAt?: string | null;
}
