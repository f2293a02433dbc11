import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { JSONScalar } from '@imajin/subgraph-common';

import { Identity } from '../identity/identity.types';

import type { CheckoutRow } from './checkout.rows';

export enum CheckoutStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  EXPIRED = 'EXPIRED',
  CANCELED = 'CANCELED',
}
registerEnumType(CheckoutStatus, {
  name: 'CheckoutStatus',
  description:
    'OPEN until paid (COMPLETED), lapsed (EXPIRED) or abandoned (CANCELED); never moves back to OPEN.',
});

export enum PaymentStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  REFUNDED = 'REFUNDED',
  FAILED = 'FAILED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description:
    'PENDING while its checkout is open; COMPLETED once paid and settled (then maybe REFUNDED); FAILED when ' +
    'the checkout expired or was canceled unpaid.',
});

@InputType({
  description:
    'A purchase. Proof type `mjn.payments.createCheckout`, required when buyerDid is a did:mjn (signed by ' +
    'the buyer), absent for a soft did:email buyer.',
})
export class CreateCheckoutInput {
  @Field({
    description:
      'Idempotency key chosen by the client (1–200 of [A-Za-z0-9_.-]); same reference, same checkout.',
  })
  reference!: string;

  @Field(() => Int, { description: 'Integer minor units (cents), 1–99,999,999.' })
  amount!: number;

  @Field({ description: 'ISO 4217 code, e.g. "usd".' })
  currency!: string;

  @Field(() => ID, { description: 'The .fair manifest the money settles along.' })
  manifestId!: string;

  @Field({ description: 'A did:mjn DID (who signs) or a soft did:email:<local>_at_<domain>.' })
  buyerDid!: string;

  @Field({ description: 'What is bought (1–500 characters), shown on the checkout page.' })
  description!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Up to 20 string values, e.g. { "tierId": "..." }.',
  })
  metadata?: Record<string, string> | null;
}

@ObjectType({
  description:
    'One payment: what the buyer paid for, and where it stands. Completing it settles the amount along its ' +
    '.fair manifest and issues a signed receipt. Visible to the payer, the manifest’s creator, the recipients ' +
    'and payments admins only.',
})
@Directive('@key(fields: "id")')
export class Payment {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The idempotency key it was created with (events uses events:hold:<holdId>).' })
  reference!: string;

  @Field({ description: 'Integer minor units as a decimal string.' })
  amount!: string;

  @Field()
  currency!: string;

  @Field(() => ID)
  manifestId!: string;

  @Field(() => Identity)
  buyer!: Identity;

  @Field()
  description!: string;

  @Field(() => JSONScalar, { description: 'String key/value metadata given at checkout.' })
  metadata!: Record<string, string>;

  @Field({ description: '`local` or `stripe`.' })
  provider!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => ID, { nullable: true, description: 'The settlement that split it, once completed.' })
  settlementId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The buyer’s signature over createCheckout (did:mjn buyers).',
  })
  signature!: string | null;

  @Field(() => String, { nullable: true, description: 'The canonical JSON the buyer signed.' })
  signedPayload!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  refundedAt!: Date | null;

  /** Carried for the checkout field resolver. */
  checkoutId!: string;
}

@ObjectType({
  description:
    'A provider session where the buyer pays for one Payment; visible to whoever may see the payment.',
})
export class Checkout {
  @Field(() => ID)
  id!: string;

  @Field(() => Payment)
  payment!: Payment;

  @Field({ description: '`local` (this node’s page) or `stripe` (Stripe Checkout).' })
  provider!: string;

  @Field({
    description:
      'Where the buyer pays. Local provider: in createCheckout’s answer this is the payer’s link with the ' +
      'checkout’s secret; on reads it is the status page without it (no Pay button).',
  })
  url!: string;

  @Field(() => CheckoutStatus)
  status!: CheckoutStatus;

  @Field()
  expiresAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

export function toPayment(row: CheckoutRow): Payment {
  return {
    id: row.payment_id,
    checkoutId: row.checkout_id,
    reference: row.reference,
    amount: row.amount,
    currency: row.currency,
    manifestId: row.manifest_id,
    buyer: { did: row.buyer_did },
    description: row.description,
    metadata: row.metadata,
    provider: row.provider,
    status: row.payment_status as PaymentStatus,
    settlementId: row.settlement_id,
    signature: row.signature,
    signedPayload: row.signed_payload,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    refundedAt: row.refunded_at,
  };
}

export function toCheckout(row: CheckoutRow): Checkout {
  return {
    id: row.checkout_id,
    payment: toPayment(row),
    provider: row.provider,
    url: row.url,
    status: row.checkout_status as CheckoutStatus,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}
