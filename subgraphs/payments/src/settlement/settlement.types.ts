import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Identity } from '../identity/identity.types';
import { MinorUnitsScalar } from '../ledger/minor-units.scalar';
import { FairManifest } from '../manifest/manifest.types';

export enum SettlementBackendKind {
  LEDGER = 'ledger',
  STRIPE = 'stripe',
  SOLANA = 'solana',
}
registerEnumType(SettlementBackendKind, {
  name: 'SettlementBackendKind',
  description: 'Where settled money goes.',
  valuesConfig: {
    LEDGER: { description: 'Book entries in the payments ledger only (default).' },
    STRIPE: { description: 'Stripe Connect transfers to each recipient’s linked account.' },
    SOLANA: { description: 'Planned; refused until implemented.' },
  },
});

export enum SettlementKind {
  SETTLEMENT = 'SETTLEMENT',
  REVERSAL = 'REVERSAL',
}
registerEnumType(SettlementKind, { name: 'SettlementKind' });

export enum SettlementStatus {
  SETTLED = 'SETTLED',
  REVERSED = 'REVERSED',
}
registerEnumType(SettlementStatus, { name: 'SettlementStatus' });

export enum TransferStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  NOT_NEEDED = 'NOT_NEEDED',
}
registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'NOT_NEEDED for the ledger backend (and zero parts); PENDING until the provider confirms.',
});

@ObjectType({ description: 'How money reached a recipient: one manifest on the chain that names it.' })
export class SettlementPath {
  @Field(() => [ID], {
    description: 'Manifest ids from the settled manifest down to the one naming the recipient.',
  })
  path!: string[];

  @Field()
  role!: string;

  @Field(() => Int, { description: 'The recipient’s share within that manifest, parts per million.' })
  share!: number;

  @Field(() => MinorUnitsScalar)
  amount!: number;
}

@ObjectType({ description: 'What one recipient DID gets from a settlement, summed over every path.' })
export class SettlementLine {
  @Field(() => ID)
  did!: string;

  @Field(() => Identity)
  identity!: Identity;

  @Field(() => MinorUnitsScalar)
  amount!: number;

  @Field(() => [SettlementPath])
  paths!: SettlementPath[];

  @Field(() => TransferStatus, { nullable: true, description: 'Null in previews.' })
  transferStatus!: TransferStatus | null;

  @Field(() => String, { nullable: true, description: 'The provider’s transfer id, once done.' })
  transferReference!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the transfer has not gone through yet.' })
  transferError!: string | null;
}

@ObjectType({ description: 'The exact split a payment would get; nothing is written.' })
export class SettlementPreview {
  @Field(() => FairManifest)
  manifest!: FairManifest;

  @Field(() => MinorUnitsScalar)
  amount!: number;

  @Field()
  currency!: string;

  @Field(() => [SettlementLine], {
    description: 'One line per recipient DID, sorted by DID; amounts sum to amount.',
  })
  lines!: SettlementLine[];
}

@ObjectType({
  description:
    'A payment split along its .fair chain into the ledger (or the reversal of one). Visible to the payer, the ' +
    'manifest’s creator, the recipients and payments admins only.',
})
@Directive('@key(fields: "id")')
export class Settlement {
  @Field(() => ID)
  id!: string;

  @Field(() => SettlementKind)
  kind!: SettlementKind;

  @Field(() => ID)
  paymentId!: string;

  @Field(() => ID, { nullable: true, description: 'For a REVERSAL, the settlement it undoes.' })
  reversesId!: string | null;

  @Field(() => FairManifest)
  manifest!: FairManifest;

  @Field(() => MinorUnitsScalar)
  amount!: number;

  @Field()
  currency!: string;

  @Field(() => Identity)
  payer!: Identity;

  @Field(() => SettlementBackendKind)
  backend!: SettlementBackendKind;

  @Field(() => SettlementStatus)
  status!: SettlementStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  reversedAt!: Date | null;
}

@ObjectType({ description: 'A Stripe Connect account that receives a DID’s settlements.' })
export class ConnectedAccount {
  @Field(() => Identity)
  identity!: Identity;

  @Field()
  stripeAccountId!: string;

  @Field()
  updatedAt!: Date;
}
