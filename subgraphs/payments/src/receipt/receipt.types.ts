import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { ConnectionType, JSONScalar } from '@imajin/subgraph-common';

import { Identity } from '../identity/identity.types';

import type { ReceiptRow } from './receipt.service';
import { ReceiptService } from './receipt.service';

@ObjectType({ description: 'One recipient’s part of a payment.' })
export class ReceiptRecipient {
  @Field(() => Identity)
  identity!: Identity;

  @Field({ description: 'Integer minor units as a decimal string.' })
  amount!: string;

  @Field(() => [[ID]], {
    description: 'How the money reached this DID: each path lists manifest ids from the paid manifest down.',
  })
  paths!: string[][];
}

@ObjectType({
  description:
    'The node-signed breakdown of one completed payment: every recipient DID down the .fair chain and its ' +
    'amount, summing exactly to the amount paid. Verify offline with `verifyReceipt(envelope, nodePublicKey, ' +
    'cryptoBackend)` from @imajin/protocol. Visible to the buyer, the recipients, the manifest’s creator and ' +
    'payments admins only.',
})
@Directive('@key(fields: "id")')
export class Receipt {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  paymentId!: string;

  @Field(() => Identity)
  buyer!: Identity;

  @Field({ description: 'Integer minor units as a decimal string.' })
  amount!: string;

  @Field()
  currency!: string;

  @Field(() => ID)
  manifestId!: string;

  @Field(() => [ReceiptRecipient], { description: 'By DID.' })
  recipients!: ReceiptRecipient[];

  @Field(() => Identity, { description: 'The node that settled the payment and signed the receipt.' })
  signer!: Identity;

  @Field({ description: 'Ed25519 signature by the node, base64url.' })
  signature!: string;

  @Field({ description: 'The canonical JSON (`mjn.payments.receipt`) that `signature` covers.' })
  signedPayload!: string;

  @Field(() => JSONScalar, {
    description: 'The portable `{ payload, signature }` envelope, to verify offline.',
  })
  envelope!: Record<string, unknown>;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ReceiptConnection extends ConnectionType(Receipt) {}

export function toReceipt(row: ReceiptRow): Receipt {
  const p = row.payload;
  return {
    id: row.id,
    paymentId: row.payment_id,
    buyer: { did: p.buyerDid },
    amount: String(p.amount),
    currency: p.currency,
    manifestId: p.manifestId,
    recipients: p.recipients.map((r) => ({
      identity: { did: r.did },
      amount: String(r.amount),
      paths: r.paths ?? [],
    })),
    signer: { did: row.signer_did },
    signature: row.signature,
    signedPayload: row.signed_payload,
    envelope: ReceiptService.envelope(row) as unknown as Record<string, unknown>,
    createdAt: row.created_at,
  };
}
