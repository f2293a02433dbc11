import { Arg, Args, Ctx, ID, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { ProofInput } from '@imajin/subgraph-common';

import type { IdentityContext } from '../context';
import { Identity } from '../identity/identity.types';

import { DeclareConsentInput } from './consent.inputs';
import { ConsentDeclaration, ConsentDeclarationConnection, ConsentPageArgs } from './consent.types';

@Resolver(() => ConsentDeclaration)
export class ConsentResolver {
  @Query(() => ConsentDeclaration, {
    nullable: true,
    description: 'A consent declaration by id, live or not. Public, like vouches.',
  })
  async consentDeclaration(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<ConsentDeclaration | null> {
    return ctx.loaders.consent.load(id);
  }

  @Mutation(() => ConsentDeclaration, {
    description:
      'Declare a consent (SPEC.md §12). Proof type `mjn.consent.declare`; the signer is the grantor. Errors: bad ' +
      'terms (BAD_USER_INPUT naming the field), an unregistered signer (NOT_FOUND), too many live declarations ' +
      '(CONFLICT: revoke one first), more than 200 declarations in 24 hours (RATE_LIMITED).',
  })
  async declareConsent(
    @Arg('input') input: DeclareConsentInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<ConsentDeclaration> {
    return ctx.services.consents.declare(input, proof);
  }

  @Mutation(() => ConsentDeclaration, {
    description:
      'Revoke your consent declaration; it stays readable as revoked and permits nothing. Proof type ' +
      '`mjn.consent.revoke` over `{id}`; only the grantor may (FORBIDDEN otherwise).',
  })
  async revokeConsent(
    @Arg('id', () => ID) id: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<ConsentDeclaration> {
    return ctx.services.consents.revoke(id, proof);
  }
}

@Resolver(() => Identity)
export class IdentityConsentResolver {
  @FieldResolver(() => ConsentDeclarationConnection, {
    description: 'Consent declarations this identity granted, newest first. Public evidence, like vouches.',
  })
  async consents(@Root() identity: Identity, @Args() page: ConsentPageArgs, @Ctx() ctx: IdentityContext) {
    return ctx.services.consents.page(identity.did, page);
  }
}

export async function resolveConsentReference(
  ref: { id: string },
  ctx: IdentityContext,
): Promise<ConsentDeclaration | null> {
  return ctx.loaders.consent.load(ref.id);
}
