import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Identity is owned by the identity subgraph; chat only refers to it by `did`. */
@ObjectType('Identity')
@Directive('@key(fields: "did", resolvable: false)')
export class Identity {
  @Field(() => ID)
  did!: string;
}

export const identityRef = (did: string): Identity => ({ did });
