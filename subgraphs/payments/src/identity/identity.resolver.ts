import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { PageArgs } from '@imajin/subgraph-common';

import type { PaymentsContext } from '../context';
import { checkCurrency } from '../ledger/currency';
import { Balance, LedgerEntryConnection } from '../ledger/ledger.types';

import { Identity, identityRef, OWNER_ONLY } from './identity.types';

@Resolver(() => Identity)
export class IdentityPaymentsResolver {
  @FieldResolver(() => Balance, {
    nullable: true,
    description:
      'What this identity has been credited in `currency` through settlements, net of reversals. ' +
      OWNER_ONLY,
  })
  async balance(
    @Root() identity: Identity,
    @Arg('currency') currency: string,
    @Ctx() ctx: PaymentsContext,
  ): Promise<Balance> {
    ctx.services.access.requireOwner(ctx.viewer, identity.did, 'balance');
    const code = checkCurrency(currency);
    return { currency: code, amount: await ctx.services.ledger.balance(identity.did, code) };
  }

  @FieldResolver(() => [Balance], {
    nullable: true,
    description: 'Every currency this identity holds, by currency code. ' + OWNER_ONLY,
  })
  async balances(@Root() identity: Identity, @Ctx() ctx: PaymentsContext): Promise<Balance[]> {
    ctx.services.access.requireOwner(ctx.viewer, identity.did, 'balances');
    return ctx.services.ledger.balances(identity.did);
  }

  @FieldResolver(() => LedgerEntryConnection, {
    nullable: true,
    description: 'Ledger entries on this identity, newest first. ' + OWNER_ONLY,
  })
  async ledger(@Root() identity: Identity, @Args() page: PageArgs, @Ctx() ctx: PaymentsContext) {
    ctx.services.access.requireOwner(ctx.viewer, identity.did, 'ledger');
    return ctx.services.ledger.page(identity.did, page.first, page.after);
  }
}

export function resolveIdentityReference(ref: { did: string }): Identity {
  return identityRef(ref.did);
}
