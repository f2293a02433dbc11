import { Field, ID, InputType, ObjectType } from 'type-graphql';

import type { RefundRow } from './refund.service';

@InputType({
  description:
    'Refund a completed payment in full. Proof type `mjn.payments.refundPayment`, signed by the creator of ' +
    'the payment’s manifest or a payments admin.',
})
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field({ description: 'Why (1–200 characters), kept with the refund.' })
  reason!: string;
}

@ObjectType({
  description: 'A full refund: the provider returned the money and the settlement was reversed.',
})
export class Refund {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  paymentId!: string;

  @Field()
  reason!: string;

  @Field({
    description: 'The signer’s DID, the node’s DID (internal refunds) or `stripe` (refunded at Stripe).',
  })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: 'The provider’s refund id (Stripe re_...).' })
  providerRefundId!: string | null;

  @Field(() => String, { nullable: true })
  signature!: string | null;

  @Field(() => String, { nullable: true })
  signedPayload!: string | null;

  @Field()
  createdAt!: Date;
}

export const toRefund = (row: RefundRow): Refund => ({
  id: row.id,
  paymentId: row.payment_id,
  reason: row.reason,
  requestedBy: row.requested_by,
  providerRefundId: row.provider_refund_id,
  signature: row.signature,
  signedPayload: row.signed_payload,
  createdAt: row.created_at,
});
