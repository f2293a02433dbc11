import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The identity subgraph owns Identity; events adds hosted events and tickets to it (resolved by `did`). */
@ObjectType('Identity')
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID)
  did!: string;
}

export const identityRef = (did: string): Identity => ({ did });

/** Payments owns Payment; tickets point at theirs by id. */
@ObjectType('Payment')
@Directive('@key(fields: "id", resolvable: false)')
export class PaymentRef {
  @Field(() => ID)
  id!: string;
}
