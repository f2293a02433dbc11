import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { PageArgs } from '@imajin/subgraph-common';

import { PARTIES_ONLY } from '../access/money.access';
import { receiptAudience } from '../access/money.audience';
import type { PaymentsContext } from '../context';
import { Identity, OWNER_ONLY } from '../identity/identity.types';

import { Receipt, ReceiptConnection, toReceipt } from './receipt.types';

@Resolver(() => Receipt)
export class ReceiptResolver {
  @Query(() => Receipt, { nullable: true, description: `A receipt by id. ${PARTIES_ONLY}` })
  async receipt(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<Receipt | null> {
    return readableReceipt(ctx, id);
  }
}

@Resolver(() => Identity)
export class IdentityReceiptsResolver {
  @FieldResolver(() => ReceiptConnection, {
    nullable: true,
    description: `Receipts where this identity is the buyer or one of the recipients, newest first. ${OWNER_ONLY}`,
  })
  async receipts(@Root() identity: Identity, @Args() page: PageArgs, @Ctx() ctx: PaymentsContext) {
    ctx.services.access.requireOwner(ctx.viewer, identity.did, 'receipts');
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
  return readableReceipt(ctx, ref.id);
}

/** A receipt for one of its parties (or the manifest's creator, or an admin); null when there is none. */
async function readableReceipt(ctx: PaymentsContext, id: string): Promise<Receipt | null> {
  const row = await ctx.checkoutLoaders.receipt.load(id);
  if (!row) return null;
  await ctx.services.access.requireParty(ctx.viewer, receiptAudience(ctx, row), `receipt ${id}`);
  return toReceipt(row);
}
