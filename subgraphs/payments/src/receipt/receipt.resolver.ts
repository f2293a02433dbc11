import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { PageArgs } from '@imajin/subgraph-common';

import type { PaymentsContext } from '../context';
import { Identity } from '../identity/identity.types';

import { Receipt, ReceiptConnection, toReceipt } from './receipt.types';

@Resolver(() => Receipt)
export class ReceiptResolver {
  @Query(() => Receipt, { nullable: true, description: 'A receipt by id.' })
  async receipt(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Receipt | null> {
    const row = await ctx.checkoutLoaders.receipt.load(id);
    return row ? toReceipt(row) : null;
  }
}

@Resolver(() => Identity)
export class IdentityReceiptsResolver {
  @FieldResolver(() => ReceiptConnection, {
    nullable: true,
    description: 'Receipts where this identity is the buyer or one of the recipients, newest first.',
  })
  async receipts(@Root() identity: Identity, @Args() page: PageArgs, @Ctx() ctx: PaymentsContext) {
    const connection = await ctx.services.receipts.forIdentity(identity.did, page.first, page.after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toReceipt(e.node) })),
    };
  }
}

export async function resolveReceiptReference(
  ref: { id: string },
  ctx: PaymentsContext,
): Promise<Receipt | null> {
  const row = await ctx.checkoutLoaders.receipt.load(ref.id);
  return row ? toReceipt(row) : null;
}
