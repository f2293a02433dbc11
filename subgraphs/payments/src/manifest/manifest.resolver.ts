import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { FAIR_MAX_DEPTH, flattenChain, type FairDocument } from '@imajin/protocol';
import { BadUserInputError, JSONScalar, ProofInput } from '@imajin/subgraph-common';

import type { PaymentsContext } from '../context';
import { identityRef } from '../identity/identity.types';

import { toFairManifest } from './manifest.mapper';
import { fairInputError } from './manifest.service';
import {
  CreateFairManifestInput,
  FairChainEntry,
  FairChainEntryKind,
  FairContributor,
  FairManifest,
  FairUpstream,
  SignFairManifestInput,
} from './manifest.types';

@Resolver(() => FairManifest)
export class FairManifestResolver {
  @Query(() => FairManifest, { nullable: true, description: 'A .fair manifest by id (fair_…).' })
  async fairManifest(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext) {
    const row = await ctx.loaders.manifest.load(id);
    return row ? toFairManifest(row) : null;
  }

  @Query(() => JSONScalar, {
    nullable: true,
    description:
      'The signed manifest as a portable .fair.json (manifest, creator proof, co-signatures); it verifies ' +
      'offline with verifyFairDocument from @imajin/protocol.',
  })
  async exportFairManifest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: PaymentsContext,
  ): Promise<FairDocument> {
    return ctx.services.manifests.export(id);
  }

  @Mutation(() => FairManifest, {
    description:
      'Creates a manifest signed by its creator (type mjn.fair.manifest). The id is the hash of the manifest, ' +
      'so creating the same manifest again returns the existing one.',
  })
  async createFairManifest(
    @Arg('input') input: CreateFairManifestInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: PaymentsContext,
  ) {
    return toFairManifest(await ctx.services.manifests.create(input, proof));
  }

  @Mutation(() => FairManifest, {
    description: 'A contributor co-signs a manifest (type mjn.fair.consent over { manifestId }).',
  })
  async signFairManifest(
    @Arg('input') input: SignFairManifestInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: PaymentsContext,
  ) {
    return toFairManifest(await ctx.services.manifests.sign(input, proof));
  }

  @Mutation(() => FairManifest, {
    description:
      'Stores a .fair.json exported elsewhere after verifying it offline-style (the proofs inside are the ' +
      'authority; no outer proof). Importing it again only adds co-signatures it lacked.',
  })
  async importFairManifest(
    @Arg('document', () => JSONScalar) document: unknown,
    @Ctx() ctx: PaymentsContext,
  ) {
    return toFairManifest(await ctx.services.manifests.import(document));
  }

  @FieldResolver(() => [FairContributor], { description: 'Contributors sorted by DID, with their consent.' })
  async contributors(
    @Root() manifest: FairManifest,
    @Ctx() ctx: PaymentsContext,
  ): Promise<FairContributor[]> {
    const consents = await ctx.loaders.consents.load(manifest.id);
    const byDid = new Map(consents.map((c) => [c.signer_did, c.signed_at]));
    return manifest.body.contributors.map((c) => {
      const isCreator = c.did === manifest.creator.did;
      const at = byDid.get(c.did) ?? (isCreator ? manifest.createdAt : null);
      return { ...c, identity: identityRef(c.did), consented: at !== null, consentedAt: at };
    });
  }

  @FieldResolver(() => [ID], { description: 'Contributors who have not co-signed yet.' })
  async pendingContributors(@Root() manifest: FairManifest, @Ctx() ctx: PaymentsContext): Promise<string[]> {
    return (await this.contributors(manifest, ctx)).filter((c) => !c.consented).map((c) => c.did);
  }

  @FieldResolver(() => [FairUpstream], { description: 'The manifests this one derives from, sorted by id.' })
  async derivesFrom(@Root() manifest: FairManifest, @Ctx() ctx: PaymentsContext): Promise<FairUpstream[]> {
    const rows = await ctx.loaders.manifest.loadMany(manifest.body.derivesFrom.map((u) => u.manifest));
    // A failed load is an error, not a missing upstream.
    const failed = rows.find((row) => row instanceof Error);
    if (failed) throw failed;
    return manifest.body.derivesFrom.map((u, i) => {
      const row = rows[i];
      return {
        manifestId: u.manifest,
        share: u.share,
        manifest: row && !(row instanceof Error) ? toFairManifest(row) : null,
      };
    });
  }

  @FieldResolver(() => [FairChainEntry], {
    description:
      'The whole attribution tree flattened to `depth` levels of upstreams, with each entry’s exact share of ' +
      'this manifest; upstreams below the limit are listed as UPSTREAM entries.',
  })
  async chain(
    @Root() manifest: FairManifest,
    @Arg('depth', () => Int, { defaultValue: FAIR_MAX_DEPTH }) depth: number,
    @Ctx() ctx: PaymentsContext,
  ): Promise<FairChainEntry[]> {
    if (!Number.isInteger(depth) || depth < 0 || depth > FAIR_MAX_DEPTH) {
      throw new BadUserInputError(`depth must be between 0 and ${FAIR_MAX_DEPTH}`, { field: 'depth' });
    }
    const lookup = await ctx.services.manifests.chainLookup(manifest.id);
    try {
      return flattenChain(manifest.id, lookup, depth).map((e) => ({
        kind: e.kind as FairChainEntryKind,
        depth: e.depth,
        manifestId: e.manifestId,
        path: e.path,
        did: e.did ?? null,
        identity: e.did ? identityRef(e.did) : null,
        role: e.role ?? null,
        upstreamId: e.upstream ?? null,
        share: e.share,
        effectiveShare: e.effectiveShare,
      }));
    } catch (error) {
      return fairInputError(error);
    }
  }
}
