import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { plainFields, ProofInput } from '@imajin/subgraph-common';

import { PARTIES_ONLY } from '../access/money.access';
import { paymentAudience } from '../access/money.audience';
import type { PaymentsContext } from '../context';
import { toFairManifest } from '../manifest/manifest.mapper';
import { FairManifest } from '../manifest/manifest.types';
import { Receipt, toReceipt } from '../receipt/receipt.types';
import { Refund, toRefund } from '../refund/refund.types';
import { toSettlement, type SettlementView } from '../settlement/settlement.mapper';
import { Settlement } from '../settlement/settlement.types';

import { Checkout, CreateCheckoutInput, Payment, toCheckout } from './checkout.types';

@Resolver(() => Checkout)
export class CheckoutResolver {
  @Query(() => Checkout, { nullable: true, description: `A checkout by id. ${PARTIES_ONLY}` })
  async checkout(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Checkout | null> {
    const row = await ctx.checkoutLoaders.checkout.load(id);
    if (!row) return null;
    await ctx.services.access.requireParty(ctx.viewer, paymentAudience(ctx, row), `checkout ${id}`);
    return toCheckout(row);
  }

  @Mutation(() => Checkout, {
    description:
      'Start a purchase: returns the checkout (provider session) to send the buyer to. Idempotent by ' +
      '`reference`. Proof type `mjn.payments.createCheckout` from a did:mjn buyer; a did:email buyer sends no ' +
      'proof but must be signed in as that did:email (UNAUTHENTICATED / FORBIDDEN otherwise). With the local ' +
      'provider the answer’s `url` carries the checkout’s secret: only this answer has it, and only that link ' +
      'can pay or cancel (asking again with the same reference returns the same link).',
  })
  async createCheckout(
    @Arg('input') input: CreateCheckoutInput,
    @Arg('proof', () => ProofInput, { nullable: true }) proof: ProofInput | null,
    @Ctx() ctx: PaymentsContext,
  ): Promise<Checkout> {
    return toCheckout(await ctx.services.checkouts.createCheckout(plainFields(input), proof, ctx.viewer.did));
  }
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => Payment, { nullable: true, description: `A payment by id. ${PARTIES_ONLY}` })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Payment | null> {
    return readablePayment(ctx, id);
  }

  @FieldResolver(() => Checkout)
  async checkout(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<Checkout> {
    return toCheckout((await ctx.checkoutLoaders.payment.load(payment.id))!);
  }

  @FieldResolver(() => FairManifest, {
    nullable: true,
    description: 'The .fair manifest the money settles along.',
  })
  async manifest(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<FairManifest | null> {
    const row = await ctx.loaders.manifest.load(payment.manifestId);
    return row ? toFairManifest(row) : null;
  }

  @FieldResolver(() => Settlement, {
    nullable: true,
    description: 'The settlement that split it, once completed.',
  })
  async settlement(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<SettlementView | null> {
    if (!payment.settlementId) return null;
    const row = await ctx.loaders.settlement.load(payment.settlementId);
    return row ? toSettlement(row) : null;
  }

  @FieldResolver(() => Receipt, { nullable: true, description: 'The signed receipt, once completed.' })
  async receipt(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<Receipt | null> {
    const row = await ctx.checkoutLoaders.receiptOfPayment.load(payment.id);
    return row ? toReceipt(row) : null;
  }

  @FieldResolver(() => Refund, { nullable: true, description: 'The refund, if it was refunded.' })
  async refund(@Root() payment: Payment, @Ctx() ctx: PaymentsContext): Promise<Refund | null> {
    const row = await ctx.checkoutLoaders.refundOfPayment.load(payment.id);
    return row ? toRefund(row) : null;
  }
}

/** Federation: resolves `Payment` references (events' Ticket.payment) by id. */
export async function resolvePaymentReference(
  ref: { id: string },
  ctx: PaymentsContext,
): Promise<Payment | null> {
  return readablePayment(ctx, ref.id);
}

/** A payment for its audience (payer, manifest creator, recipients, admins); null when there is none. */
async function readablePayment(ctx: PaymentsContext, id: string): Promise<Payment | null> {
  const row = await ctx.checkoutLoaders.payment.load(id);
  if (!row) return null;
  await ctx.services.access.requireParty(ctx.viewer, paymentAudience(ctx, row), `payment ${id}`);
  return toCheckout(row).payment;
}
