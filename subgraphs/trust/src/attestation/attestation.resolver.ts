import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { ProofInput } from '@imajin/subgraph-common';

import type { TrustContext } from '../context';

import { AttestInput } from './attestation.inputs';
import { Attestation } from './attestation.types';

@Resolver(() => Attestation)
export class AttestationResolver {
  @Mutation(() => Attestation, {
    description: 'Issue a typed attestation about another identity. Proof type `mjn.trust.attest`.',
  })
  async attest(
    @Arg('input') input: AttestInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<Attestation> {
    return ctx.services.attestations.attest(input, proof);
  }

  @Mutation(() => Attestation, {
    description: 'Revoke an attestation you issued. Proof type `mjn.trust.revokeAttestation` over `{id}`.',
  })
  async revokeAttestation(
    @Arg('id', () => ID) id: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<Attestation> {
    return ctx.services.attestations.revoke(id, proof);
  }
}
