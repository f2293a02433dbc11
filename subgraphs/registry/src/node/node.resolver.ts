import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { PageArgs, ProofInput } from '@imajin/subgraph-common';

import type { RegistryContext } from '../context';

import { toAttestedBuild, toNode } from './node.mapper';
import {
  AttestBuildInput,
  AttestedBuild,
  HeartbeatInput,
  Identity,
  Node,
  NodeConnection,
  NodeDns,
  NodeFilter,
  RegisterNodeInput,
  RenewRegistrationInput,
  RevokeNodeInput,
} from './node.types';

const domainOf = (ctx: RegistryContext) => ctx.services.nodes.domain;

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'A registered node by its DID (any status).' })
  async node(@Arg('did') did: string, @Ctx() ctx: RegistryContext): Promise<Node | null> {
    const row = await ctx.loaders.node.load(did);
    return row ? toNode(row, ctx.now, domainOf(ctx)) : null;
  }

  @Query(() => Node, {
    nullable: true,
    description:
      'The node holding a hostname now; null when free (EXPIRED and REVOKED nodes release theirs).',
  })
  async nodeByHostname(@Arg('hostname') hostname: string, @Ctx() ctx: RegistryContext): Promise<Node | null> {
    const row = await ctx.services.nodes.byHostname(hostname);
    return row ? toNode(row, ctx.now, domainOf(ctx)) : null;
  }

  @Query(() => NodeConnection, {
    nullable: true,
    description:
      'The public directory of nodes in hostname order. Without a status filter it lists ACTIVE, STALE and ' +
      'GRACE nodes.',
  })
  async nodes(
    @Arg('filter', () => NodeFilter, { nullable: true }) filter: NodeFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RegistryContext,
  ) {
    const connection = await ctx.services.nodes.list(filter, page.first, page.after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: toNode(e.node, ctx.now, domainOf(ctx)),
      })),
    };
  }

  @Query(() => AttestedBuild, { nullable: true })
  async attestedBuild(@Arg('hash') hash: string, @Ctx() ctx: RegistryContext): Promise<AttestedBuild | null> {
    const row = await ctx.services.nodes.attestedBuild(hash);
    return row ? toAttestedBuild(row) : null;
  }

  @Query(() => [AttestedBuild], { nullable: true, description: 'Attested builds, newest first (up to 500).' })
  async attestedBuilds(@Ctx() ctx: RegistryContext): Promise<AttestedBuild[]> {
    return (await ctx.services.nodes.attestedBuilds()).map(toAttestedBuild);
  }

  @Mutation(() => AttestedBuild, {
    description: 'Attest a build hash. Proof type `mjn.registry.attestBuild`, signed by a registry admin.',
  })
  async attestBuild(
    @Arg('input') input: AttestBuildInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<AttestedBuild> {
    return toAttestedBuild(await ctx.services.nodes.attestBuild(input, proof));
  }

  @Mutation(() => Node, {
    description:
      'Register the signing node (kind NODE) for 30 days and provision {hostname}.<domain>. Proof type ' +
      '`mjn.registry.registerNode`.',
  })
  async registerNode(
    @Arg('input') input: RegisterNodeInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Node> {
    const row = await ctx.services.nodes.registerNode(input, proof);
    return toNode(row, ctx.services.clock.now(), domainOf(ctx));
  }

  @Mutation(() => Node, {
    description:
      'The daily heartbeat, due every 24 hours. Proof type `mjn.registry.heartbeat` (fresh nonce).',
  })
  async heartbeat(
    @Arg('input') input: HeartbeatInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Node> {
    const row = await ctx.services.nodes.heartbeat(input, proof);
    return toNode(row, ctx.services.clock.now(), domainOf(ctx));
  }

  @Mutation(() => Node, {
    description:
      'Extend the registration to max(now, registeredUntil) + 30 days. Proof type `mjn.registry.renewRegistration`.',
  })
  async renewRegistration(
    @Arg('input') input: RenewRegistrationInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Node> {
    const row = await ctx.services.nodes.renewRegistration(input, proof);
    return toNode(row, ctx.services.clock.now(), domainOf(ctx));
  }

  @Mutation(() => Node, {
    description: 'Revoke a node (registry admins). Proof type `mjn.registry.revokeNode`.',
  })
  async revokeNode(
    @Arg('input') input: RevokeNodeInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Node> {
    const row = await ctx.services.nodes.revokeNode(input, proof);
    return toNode(row, ctx.services.clock.now(), domainOf(ctx));
  }

  @FieldResolver(() => NodeDns, { nullable: true })
  async dns(@Root() node: Node, @Ctx() ctx: RegistryContext): Promise<NodeDns | null> {
    const row = await ctx.loaders.dns.load(node.did);
    return row
      ? {
          name: row.name,
          target: row.target,
          desired: row.desired,
          state: row.state,
          lastError: row.lastError,
        }
      : null;
  }
}

@Resolver(() => Identity)
export class IdentityNodesResolver {
  @FieldResolver(() => [Node], {
    nullable: true,
    description: 'Registered nodes this identity is (a NODE identity) or operates (named as operator).',
  })
  async nodes(@Root() identity: Identity, @Ctx() ctx: RegistryContext): Promise<Node[]> {
    const rows = await ctx.loaders.nodesOf.load(identity.did);
    return rows.map((r) => toNode(r, ctx.now, domainOf(ctx)));
  }
}
