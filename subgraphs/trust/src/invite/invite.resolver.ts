import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { ProofInput } from '@imajin/subgraph-common';

import type { TrustContext } from '../context';

import { CreateInviteInput } from './invite.inputs';
import { AcceptedInvite, CreatedInvite } from './invite.types';

@Resolver()
export class InviteResolver {
  @Mutation(() => CreatedInvite, {
    description:
      'Invite someone into the trust graph. Proof type `mjn.trust.createInvite`. Each identity may have a limited ' +
      'number of open invites (FORBIDDEN beyond it).',
  })
  async createInvite(
    @Arg('input') input: CreateInviteInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<CreatedInvite> {
    return ctx.services.invites.create(input, proof);
  }

  @Mutation(() => AcceptedInvite, {
    description:
      'Accept an invite: records mutual vouches between inviter and accepter. Proof type `mjn.trust.acceptInvite` ' +
      'over `{code}`. Expired or revoked (FORBIDDEN), used up (CONFLICT); uses are counted atomically.',
  })
  async acceptInvite(
    @Arg('code') code: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: TrustContext,
  ): Promise<AcceptedInvite> {
    return ctx.services.invites.accept(code, proof);
  }
}
