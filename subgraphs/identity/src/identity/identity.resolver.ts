import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { BadUserInputError, JSONScalar, PageArgs, ProofInput } from '@imajin/subgraph-common';

import type { IdentityContext } from '../context';

import {
  ClaimSoftIdentityInput,
  DeactivateInput,
  RegisterInput,
  RotateKeyInput,
  UpdateProfileInput,
} from './identity.inputs';
import { toIdentity } from './identity.mapper';
import { Identity, IdentityConnection, IdentityKey, SoftRegistration } from './identity.types';

@Resolver(() => Identity)
export class IdentityResolver {
  @Query(() => Identity, {
    nullable: true,
    description: 'An identity by DID; null when the DID is not registered.',
  })
  async identity(@Arg('did') did: string, @Ctx() ctx: IdentityContext): Promise<Identity | null> {
    const row = await ctx.loaders.identity.load(did);
    return row ? toIdentity(row) : null;
  }

  @Query(() => [Identity], {
    nullable: 'itemsAndList',
    description: 'Up to 100 identities by DID, in the order asked; null where a DID is not registered.',
  })
  async identities(
    @Arg('dids', () => [String]) dids: string[],
    @Ctx() ctx: IdentityContext,
  ): Promise<Array<Identity | null>> {
    if (dids.length > 100) throw new BadUserInputError('Ask for at most 100 DIDs at once', { field: 'dids' });
    const rows = await ctx.loaders.identity.loadMany(dids);
    // A failed load (the database is down) is an error, never "not registered": other domains act on null.
    const failed = rows.find((row) => row instanceof Error);
    if (failed) throw failed;
    return rows.map((row) => (row ? toIdentity(row as Exclude<typeof row, Error>) : null));
  }

  @Query(() => Identity, { nullable: true, description: 'An active identity by handle (case-insensitive).' })
  async identityByHandle(
    @Arg('handle') handle: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Identity | null> {
    const row = await ctx.services.identities.byHandle(handle);
    return row ? toIdentity(row) : null;
  }

  @Query(() => Identity, {
    nullable: true,
    description: 'The signed-in identity, or null without a session.',
  })
  async viewer(@Ctx() ctx: IdentityContext): Promise<Identity | null> {
    if (!ctx.viewer.did) return null;
    const row = await ctx.loaders.identity.load(ctx.viewer.did);
    return row ? toIdentity(row) : null;
  }

  @Query(() => IdentityConnection, {
    nullable: true,
    description: 'Active identities whose handle starts with a prefix, in handle order.',
  })
  async searchIdentities(
    @Arg('handlePrefix') handlePrefix: string,
    @Args() page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ) {
    const connection = await ctx.services.identities.searchByHandle(handlePrefix, page.first, page.after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toIdentity(e.node) })),
    };
  }

  @Query(() => JSONScalar, {
    nullable: true,
    description:
      'The W3C DID document of a did:mjn (Multikey, with an X25519 keyAgreement key). A well-formed DID resolves ' +
      'from its own key even when unregistered; a registered DID shows its current (possibly rotated) key.',
  })
  async didDocument(@Arg('did') did: string, @Ctx() ctx: IdentityContext): Promise<unknown> {
    return (await ctx.services.didDocuments.resolve(did)).didDocument;
  }

  @Query(() => JSONScalar, {
    nullable: true,
    description: 'DID resolution: { didDocument, didDocumentMetadata (created, updated, deactivated) }.',
  })
  async didResolution(@Arg('did') did: string, @Ctx() ctx: IdentityContext): Promise<unknown> {
    return ctx.services.didDocuments.resolve(did);
  }

  @Mutation(() => Identity, {
    description: 'Register a DID. Proof type `mjn.identity.register`, signed by that DID.',
  })
  async register(
    @Arg('input') input: RegisterInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Identity> {
    return toIdentity(await ctx.services.identities.register(input, proof));
  }

  @Mutation(() => Identity, { description: 'Edit the profile. Proof type `mjn.identity.updateProfile`.' })
  async updateProfile(
    @Arg('input') input: UpdateProfileInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Identity> {
    return toIdentity(await ctx.services.identities.updateProfile(input, proof));
  }

  @Mutation(() => Identity, {
    description:
      'Deactivate (soft delete) the identity and end its sessions. Proof type `mjn.identity.deactivate`.',
  })
  async deactivate(
    @Arg('input') input: DeactivateInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Identity> {
    return toIdentity(await ctx.services.identities.deactivate(input, proof));
  }

  @Mutation(() => IdentityKey, {
    description:
      'Rotate to a new key; the DID stays. Proof type `mjn.identity.rotateKey`, signed by the current key (proof) ' +
      'and by the new key (newKeyProof). Old keys stop verifying new proofs; past signatures stay checkable via `keys`.',
  })
  async rotateKey(
    @Arg('input') input: RotateKeyInput,
    @Arg('proof') proof: ProofInput,
    @Arg('newKeyProof') newKeyProof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<IdentityKey> {
    const row = await ctx.services.keys.rotate(input, proof, newKeyProof);
    return {
      publicKeyMultibase: row.publicKey,
      validFrom: row.validFrom,
      validUntil: null,
      current: true,
      rotationSignature: row.signature,
    };
  }

  @Mutation(() => SoftRegistration, {
    description:
      'Create (or reuse) a did:email identity and email it a claim code. No signature: it cannot sign yet.',
  })
  async registerSoft(@Arg('email') email: string, @Ctx() ctx: IdentityContext): Promise<SoftRegistration> {
    const { identity, codeExpiresAt } = await ctx.services.softIdentities.registerSoft(email);
    return { identity: toIdentity(identity), codeExpiresAt };
  }

  @Mutation(() => Identity, {
    description:
      'Link a did:email to the keyed DID that signs the proof (type `mjn.identity.claimSoft`), using the emailed code.',
  })
  async claimSoftIdentity(
    @Arg('input') input: ClaimSoftIdentityInput,
    @Arg('code') code: string,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<Identity> {
    return toIdentity(await ctx.services.softIdentities.claim(input, code, proof));
  }

  @FieldResolver(() => Identity, { nullable: true })
  async claimedBy(@Root() identity: Identity, @Ctx() ctx: IdentityContext): Promise<Identity | null> {
    if (!identity.claimedByDid) return null;
    const row = await ctx.loaders.identity.load(identity.claimedByDid);
    return row ? toIdentity(row) : null;
  }

  @FieldResolver(() => [IdentityKey], { description: 'Every key this identity has held, oldest first.' })
  async keys(@Root() identity: Identity, @Ctx() ctx: IdentityContext): Promise<IdentityKey[]> {
    const rows = await ctx.services.keys.history(identity.did);
    return rows.map((k) => ({
      publicKeyMultibase: k.publicKey,
      validFrom: k.validFrom,
      validUntil: k.validUntil,
      current: k.validUntil === null,
      rotationSignature: k.newKeySignature ? k.signature : null,
    }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The key that verifies new proofs (multibase); null for did:email.',
  })
  async currentKey(@Root() identity: Identity, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return ctx.loaders.currentKey.load(identity.did);
  }
}
