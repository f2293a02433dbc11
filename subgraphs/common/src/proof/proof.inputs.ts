import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'A signature over the RFC 8785 canonical JSON of {type, ...fields, signer, createdAt, nonce}, made with the ' +
    "signer's Ed25519 key. Build it with @imajin/protocol's signPayload; the server rebuilds the same bytes from " +
    'the typed input, so every field of the mutation is covered.',
})
export class ProofInput {
  @Field({ description: 'DID of the signer (did:mjn:z6Mk…).' })
  signer!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'An agent acting for a person names the person here (signed with the rest). Accepted only on actions that ' +
      'support delegation, under a live delegation from that person to the signer covering the action.',
  })
  onBehalfOf?: string | null;

  @Field({
    description:
      'When it was signed, ISO 8601 UTC exactly as signed; must be within ±5 minutes of the server.',
  })
  createdAt!: string;

  @Field({ description: 'A fresh random value (base64url); a nonce is accepted once per signer.' })
  nonce!: string;

  @Field({ description: 'Ed25519 signature, base64url.' })
  signature!: string;
}
