import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '@imajin/subgraph-common';

import { MinorUnitsScalar } from './minor-units.scalar';

export enum EntryDirection {
  CREDIT = 'CREDIT',
  DEBIT = 'DEBIT',
}
registerEnumType(EntryDirection, {
  name: 'LedgerEntryDirection',
  description: 'CREDIT adds to the account holder’s balance, DEBIT takes from it.',
});

@ObjectType({ description: 'A balance in one currency, integer minor units.' })
export class Balance {
  @Field({ description: 'ISO 4217 currency code, lower case.' })
  currency!: string;

  @Field(() => MinorUnitsScalar)
  amount!: number;
}

@ObjectType({ description: 'One line of the double-entry ledger on an identity’s account.' })
export class LedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => EntryDirection)
  direction!: EntryDirection;

  @Field(() => MinorUnitsScalar)
  amount!: number;

  @Field()
  currency!: string;

  @Field(() => ID, { description: 'The settlement (or reversal) this entry belongs to.' })
  settlementId!: string;

  @Field()
  memo!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class LedgerEntryConnection extends ConnectionType(LedgerEntry) {}
