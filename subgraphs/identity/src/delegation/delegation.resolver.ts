import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { ProofInput, requireViewer } from '@imajin/subgraph-common';

import type { IdentityContext } from '../context';
import { toIdentity } from '../identity/identity.mapper';
import { Identity } from '../identity/identity.types';

import { DelegateInput } from './delegation.inputs';
import { Delegation } from './delegation.types';

@Resolver(() => Delegation)
export class DelegationResolver {
  @Mutation(() => Delegation, {
    description:
      'Let an agent act for you on some action types until an expiry (SPEC §3.1). Proof type ' +
      '`mjn.identity.delegate`, signed by you (the person).',
  })
  async delegate(
    @Arg('input') input: DelegateInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Delegation> {
    return ctx.services.delegations.delegate(input, proof);
  }

  @Mutation(() => Delegation, {
    description:
      'End a delegation at once: the next request the agent signs under it is FORBIDDEN. Proof type ' +
      '`mjn.identity.revokeDelegation` over { id }, by the person or the agent.',
  })
  async revokeDelegation(
    @Arg('id') id: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Delegation> {
    return ctx.services.delegations.revoke(id, proof);
  }

  @FieldResolver(() => Identity, { nullable: true })
  async person(@Root() delegation: Delegation, @Ctx() ctx: IdentityContext): Promise<Identity | null> {
    const row = await ctx.loaders.identity.load(delegation.personDid);
    return row ? toIdentity(row) : null;
  }

  @FieldResolver(() => Identity, { nullable: true })
  async agent(@Root() delegation: Delegation, @Ctx() ctx: IdentityContext): Promise<Identity | null> {
    const row = await ctx.loaders.identity.load(delegation.agentDid);
    return row ? toIdentity(row) : null;
  }
}

@Resolver(() => Identity)
export class IdentityDelegationsResolver {
  @FieldResolver(() => [Delegation], {
    nullable: true,
    description:
      'Delegations this identity granted or received, newest first (at most 200). Only their two parties see ' +
      'them: you see all of yours, and on another identity only those between it and you. Anonymous: ' +
      'UNAUTHENTICATED.',
  })
  async delegations(
    @Root() identity: Identity,
    @Arg('includeInactive', { defaultValue: false, description: 'Also revoked and expired ones.' })
    includeInactive: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<Delegation[]> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.services.delegations.listFor(identity.did, viewer, includeInactive);
  }
}

/** Federation entry point: null unless the viewer is the delegation's person or agent. */
export function resolveDelegationReference(
  ref: { id: string },
  ctx: IdentityContext,
): Promise<Delegation | null> {
  return ctx.services.delegations.getFor(ref.id, ctx.viewer.did ?? null);
}
