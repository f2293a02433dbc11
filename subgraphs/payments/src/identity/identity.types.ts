import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The identity subgraph owns Identity; payments adds balances and the ledger to it (resolved by `did`). */
@ObjectType('Identity')
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID)
  did!: string;
}

/** Said in the description of every field about an identity's money. */
export const OWNER_ONLY =
  'Visible to this identity itself and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED).';

export const identityRef = (did: string): Identity => ({ did });
