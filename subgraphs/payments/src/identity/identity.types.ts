import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The identity subgraph owns Identity; payments adds balances and the ledger to it (resolved by `did`). */
@ObjectType('Identity')
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID)
  did!: string;
}

export const identityRef = (did: string): Identity => ({ did });
