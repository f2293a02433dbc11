import { Arg, Args, Ctx, Field, ArgsType, FieldResolver, Resolver, Root } from 'type-graphql';

import { PageArgs } from '@imajin/subgraph-common';

import { Attestation } from '../attestation/attestation.types';
import { checkDid } from '../common';
import type { TrustContext } from '../context';
import { VouchConnection } from '../vouch/vouch.types';

import { Identity, identityRef } from './identity.types';

@ArgsType()
export class VouchPageArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Also list revoked and expired vouches (history).' })
  includeInactive: boolean = false;
}

@Resolver(() => Identity)
export class IdentityTrustResolver {
  @FieldResolver(() => VouchConnection, {
    nullable: true,
    description: 'Vouches this identity gave, newest first.',
  })
  async vouchesGiven(@Root() identity: Identity, @Args() page: VouchPageArgs, @Ctx() ctx: TrustContext) {
    return ctx.services.vouches.page('from_did', identity.did, page.first, page.after, page.includeInactive);
  }

  @FieldResolver(() => VouchConnection, {
    nullable: true,
    description: 'Vouches this identity received, newest first.',
  })
  async vouchesReceived(@Root() identity: Identity, @Args() page: VouchPageArgs, @Ctx() ctx: TrustContext) {
    return ctx.services.vouches.page('to_did', identity.did, page.first, page.after, page.includeInactive);
  }

  @FieldResolver(() => [Identity], {
    nullable: true,
    description: 'Identities that both this identity and `with` actively vouch for (at most 100, by DID).',
  })
  async mutuals(
    @Root() identity: Identity,
    @Arg('with') withDid: string,
    @Ctx() ctx: TrustContext,
  ): Promise<Identity[]> {
    checkDid(withDid, 'with');
    return (await ctx.services.vouches.mutuals(identity.did, withDid)).map(identityRef);
  }

  @FieldResolver(() => [Attestation], {
    nullable: true,
    description:
      'Signed attestations about this identity, newest first (at most 100); `type: "vouch"` lists its vouches.',
  })
  async attestations(
    @Root() identity: Identity,
    @Arg('type', () => String, { nullable: true }) type: string | null,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: TrustContext,
  ): Promise<Attestation[]> {
    return ctx.services.attestations.about(identity.did, type ?? null, includeInactive);
  }
}

export function resolveIdentityReference(ref: { did: string }): Identity {
  return identityRef(ref.did);
}
