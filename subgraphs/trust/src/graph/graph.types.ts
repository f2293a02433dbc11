import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '@imajin/subgraph-common';

import { Identity } from '../identity/identity.types';
import { Vouch } from '../vouch/vouch.types';

export enum NoPathReasonEnum {
  NO_OUTGOING_VOUCHES = 'NO_OUTGOING_VOUCHES',
  NOT_REACHABLE = 'NOT_REACHABLE',
  DEPTH_EXHAUSTED = 'DEPTH_EXHAUSTED',
}

registerEnumType(NoPathReasonEnum, {
  name: 'NoPathReason',
  description:
    'Why no trust path was found: NO_OUTGOING_VOUCHES (`from` vouches for nobody, at this minWeight), ' +
    'NOT_REACHABLE (everything `from` can reach was explored, or nobody vouches towards `to`: no path at any ' +
    'depth), DEPTH_EXHAUSTED (the search stopped at maxDepth; a longer path may exist).',
});

@ObjectType({ description: 'One step of a trust path: `from` vouched for `to` with `vouch`.' })
export class TrustHop {
  @Field(() => Identity)
  from!: Identity;

  @Field(() => Identity)
  to!: Identity;

  @Field(() => Vouch, { description: 'The signed vouch; verify `signature` over `signedPayload` offline.' })
  vouch!: Vouch;
}

@ObjectType({ description: 'Why there is no path within the bound, and how far the search got.' })
export class NoPathExplanation {
  @Field(() => NoPathReasonEnum)
  reason!: NoPathReasonEnum;

  @Field(() => Int, {
    description:
      'Nearest reach: identities the search reached from `from` (all within `reachedDepth` hops). When the ' +
      'reason is NOT_REACHABLE because `from` ran out of vouches, this is everything `from` can reach.',
  })
  reachedCount!: number;

  @Field(() => Int, { description: 'How many hops out from `from` the search went.' })
  reachedDepth!: number;

  @Field(() => Int, { description: 'Identities found to vouch, directly or through others, for `to`.' })
  reachingCount!: number;

  @Field(() => Int, { description: 'How many hops back from `to` the search went.' })
  reachingDepth!: number;

  @Field(() => Int, {
    description:
      'Paths of up to this many hops were ruled out: reachedDepth + reachingDepth, plus 1 for DEPTH_EXHAUSTED, ' +
      'where the last hop (equal to maxDepth) is only checked for a vouch joining the two sides, not expanded.',
  })
  exploredDepth!: number;

  @Field({ description: 'The same, for people.' })
  message!: string;
}

@ObjectType({
  description: 'The shortest chain of active vouches from `from` to `to`, or why there is none.',
})
export class TrustPath {
  @Field({ description: 'True when a path within maxDepth exists.' })
  found!: boolean;

  @Field(() => Int, { nullable: true, description: 'Number of hops; null when not found.' })
  length!: number | null;

  @Field(() => [TrustHop], { description: 'In order from `from` to `to`; empty when not found.' })
  hops!: TrustHop[];

  @Field(() => NoPathExplanation, { nullable: true, description: 'Set only when not found.' })
  explanation!: NoPathExplanation | null;
}

@ObjectType({ description: 'An identity within k hops, with its distance.' })
export class Neighbour {
  @Field(() => Identity)
  identity!: Identity;

  @Field(() => Int, { description: 'Fewest active vouches from the centre to this identity.' })
  hops!: number;
}

export const NeighbourConnection = ConnectionType(Neighbour);

@ObjectType({
  description:
    'A personalised trust score: personalised PageRank (EigenTrust style) seeded at `from`. Over the identities ' +
    'within 3 hops of `from` (at most 5,000, taken closest first, then by DID), each identity passes 85% of ' +
    'its score along its active vouches in proportion to their weights and 15% back to `from`; identities ' +
    'without kept vouches pass everything back to `from`. 50 power iterations from all mass at `from`, in a ' +
    'fixed order, so the same graph always gives the same number. Scores sum to 1 over the considered set; ' +
    '0 when `to` is not within 3 hops.',
})
export class TrustScore {
  @Field(() => Identity)
  from!: Identity;

  @Field(() => Identity)
  to!: Identity;

  @Field(() => Float, { description: 'In [0, 1].' })
  score!: number;

  @Field(() => Int, { description: 'How many identities the computation considered.' })
  nodesConsidered!: number;

  @Field(() => Float)
  damping!: number;

  @Field(() => Int)
  iterations!: number;
}
