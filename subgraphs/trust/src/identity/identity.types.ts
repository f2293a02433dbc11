import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The identity subgraph owns Identity; trust only adds trust fields to it (resolved by `did`). */
@ObjectType('Identity')
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID)
  did!: string;
}

export const identityRef = (did: string): Identity => ({ did });
