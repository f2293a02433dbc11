import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';

import { PageArgs } from '@imajin/subgraph-common';

import type { TrustContext } from '../context';
import { identityRef } from '../identity/identity.types';

import { SCORE_DAMPING, SCORE_ITERATIONS } from './graph.service';
import { NeighbourConnection, NoPathReasonEnum, TrustPath, TrustScore } from './graph.types';

@Resolver()
export class GraphResolver {
  @Query(() => TrustPath, {
    nullable: true,
    description:
      'The shortest chain of active (unrevoked, unexpired) vouches from `from` to `to`, at most maxDepth (1–6) ' +
      'hops, each at least minWeight. Each hop carries its signed vouch; when there is none, `explanation` says why.',
  })
  async trustPath(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('maxDepth', () => Int, { defaultValue: 6 }) maxDepth: number,
    @Arg('minWeight', () => Int, { nullable: true }) minWeight: number | null,
    @Ctx() ctx: TrustContext,
  ): Promise<TrustPath> {
    const result = await ctx.services.graph.shortestPath(from, to, maxDepth, minWeight ?? 1);
    return {
      found: result.found,
      length: result.found ? result.hops.length : null,
      hops: result.hops.map((h) => ({ from: identityRef(h.from), to: identityRef(h.to), vouch: h.vouch })),
      explanation: result.explanation
        ? { ...result.explanation, reason: result.explanation.reason as NoPathReasonEnum }
        : null,
    };
  }

  @Query(() => Boolean, {
    nullable: true,
    description:
      'Does `querier` reach `subject` through at most maxHops (1–6) active vouches? The yes/no other domains use.',
  })
  async isTrusted(
    @Arg('querier') querier: string,
    @Arg('subject') subject: string,
    @Arg('maxHops', () => Int, { defaultValue: 3 }) maxHops: number,
    @Ctx() ctx: TrustContext,
  ): Promise<boolean> {
    return ctx.services.graph.isTrusted(querier, subject, maxHops);
  }

  @Query(() => NeighbourConnection, {
    nullable: true,
    description:
      'Identities within `depth` (1–3) hops of `did` along active vouches, closest first, then by DID.',
  })
  async neighbourhood(
    @Arg('did') did: string,
    @Arg('depth', () => Int, { defaultValue: 2 }) depth: number,
    @Args() page: PageArgs,
    @Ctx() ctx: TrustContext,
  ) {
    const connection = await ctx.services.graph.neighbourhood(did, depth, page.first, page.after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({
        cursor: e.cursor,
        node: { identity: identityRef(e.node.did), hops: e.node.hops },
      })),
    };
  }

  @Query(() => TrustScore, {
    nullable: true,
    description: 'How much `from` trusts `to`; see TrustScore for the method.',
  })
  async trustScore(
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Ctx() ctx: TrustContext,
  ): Promise<TrustScore> {
    const { score, nodesConsidered } = await ctx.services.graph.score(from, to);
    return {
      from: identityRef(from),
      to: identityRef(to),
      score,
      nodesConsidered,
      damping: SCORE_DAMPING,
      iterations: SCORE_ITERATIONS,
    };
  }
}
