import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { ProofInput } from '@imajin/subgraph-common';

import type { TrustContext } from '../context';

import { VouchInput } from './vouch.inputs';
import { Vouch } from './vouch.types';

@Resolver(() => Vouch)
export class VouchResolver {
  @Query(() => Vouch, { nullable: true, description: 'A vouch by id, active or not.' })
  async vouchById(@Arg('id', () => ID) id: string, @Ctx() ctx: TrustContext): Promise<Vouch | null> {
    return ctx.loaders.vouch.load(id);
  }

  @Mutation(() => Vouch, {
    description:
      'Vouch for another identity. Proof type `mjn.trust.vouch`; the signer is the voucher. Errors: vouching ' +
      'for yourself (BAD_USER_INPUT), an unknown DID (NOT_FOUND), a deactivated one (FORBIDDEN), a second ' +
      'active vouch for the same DID (CONFLICT).',
  })
  async vouch(
    @Arg('input') input: VouchInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<Vouch> {
    return ctx.services.vouches.vouch(input, proof);
  }

  @Mutation(() => Vouch, {
    description:
      'Revoke your vouch; it stops counting but stays in history. Proof type `mjn.trust.revokeVouch` over `{id}`.',
  })
  async revokeVouch(
    @Arg('id', () => ID) id: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<Vouch> {
    return ctx.services.vouches.revoke(id, proof);
  }
}

export async function resolveVouchReference(ref: { id: string }, ctx: TrustContext): Promise<Vouch | null> {
  return ctx.loaders.vouch.load(ref.id);
}
