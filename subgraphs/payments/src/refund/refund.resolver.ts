import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { ProofInput } from '@imajin/subgraph-common';

import type { PaymentsContext } from '../context';

import { Refund, RefundPaymentInput, toRefund } from './refund.types';

@Resolver(() => Refund)
export class RefundResolver {
  @Mutation(() => Refund, {
    description:
      'Refund a completed payment in full and reverse its settlement exactly; idempotent (a refunded payment ' +
      'returns its refund). Proof type `mjn.payments.refundPayment` by the manifest creator or a payments admin.',
  })
  async refundPayment(
    @Arg('input') input: RefundPaymentInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: PaymentsContext,
  ): Promise<Refund> {
    return toRefund(await ctx.services.refunds.refundPayment({ ...input }, proof));
  }
}
