import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { NotFoundError, ProofInput } from '@imajin/subgraph-common';

import { PARTIES_ONLY } from '../access/money.access';
import { settlementAudience } from '../access/money.audience';
import type { PaymentsContext } from '../context';
import { identityRef } from '../identity/identity.types';
import { MinorUnitsScalar } from '../ledger/minor-units.scalar';
import { toFairManifest } from '../manifest/manifest.mapper';
import { FairManifest } from '../manifest/manifest.types';

import { LinkStripeAccountInput } from './settlement.inputs';
import { toPreviewLine, toSettlement, toSettlementLine, type SettlementView } from './settlement.mapper';
import { ConnectedAccount, Settlement, SettlementLine, SettlementPreview } from './settlement.types';

/** A settlement for its payment's audience (payer, manifest creator, recipients, admins); null when none. */
export async function readableSettlement(ctx: PaymentsContext, id: string): Promise<SettlementView | null> {
  const row = await ctx.loaders.settlement.load(id);
  if (!row) return null;
  await ctx.services.access.requireParty(ctx.viewer, settlementAudience(ctx, row), `settlement ${id}`);
  return toSettlement(row);
}

@Resolver(() => Settlement)
export class SettlementResolver {
  @Query(() => Settlement, {
    nullable: true,
    description: `A settlement (or reversal) by id. ${PARTIES_ONLY}`,
  })
  async settlement(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext) {
    return readableSettlement(ctx, id);
  }

  @Query(() => SettlementPreview, {
    nullable: true,
    description:
      'The exact split `amount` (minor units) would get along the manifest’s chain; writes nothing. The same ' +
      'arithmetic as splitAlongChain in @imajin/protocol. Public, like manifests.',
  })
  async settlementPreview(
    @Arg('manifestId', () => ID) manifestId: string,
    @Arg('amount', () => MinorUnitsScalar) amount: number,
    @Arg('currency') currency: string,
    @Ctx() ctx: PaymentsContext,
  ): Promise<SettlementPreview> {
    const split = await ctx.services.settlements.preview(manifestId, amount, currency);
    const manifest = await ctx.services.manifests.get(manifestId);
    return {
      manifest: toFairManifest(manifest),
      amount: split.amount,
      currency: split.currency,
      lines: split.lines.map(toPreviewLine),
    };
  }

  @Mutation(() => ConnectedAccount, {
    description:
      'Links the signer’s DID to a Stripe Connect account that receives its settlements when the stripe ' +
      'backend is on (type mjn.payments.linkStripeAccount). Linking again replaces the account.',
  })
  async linkStripeAccount(
    @Arg('input') input: LinkStripeAccountInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: PaymentsContext,
  ): Promise<ConnectedAccount> {
    const row = await ctx.services.connectedAccounts.link(input, proof);
    return {
      identity: identityRef(row.did),
      stripeAccountId: row.stripe_account_id,
      updatedAt: row.updated_at,
    };
  }

  @FieldResolver(() => FairManifest)
  async manifest(@Root() settlement: SettlementView, @Ctx() ctx: PaymentsContext) {
    const row = await ctx.loaders.manifest.load(settlement.manifestId);
    if (!row) throw new NotFoundError(`Manifest ${settlement.manifestId} is gone`);
    return toFairManifest(row);
  }

  @FieldResolver(() => [SettlementLine], {
    description: 'One line per recipient DID; amounts sum to amount.',
  })
  async lines(@Root() settlement: SettlementView, @Ctx() ctx: PaymentsContext): Promise<SettlementLine[]> {
    return (await ctx.loaders.settlementLines.load(settlement.id)).map(toSettlementLine);
  }
}
