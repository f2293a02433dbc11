import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import { AttestationResolver } from './attestation/attestation.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { IdentityTrustResolver, resolveIdentityReference } from './identity/identity.resolver';
import { InviteResolver } from './invite/invite.resolver';
import { resolveVouchReference, VouchResolver } from './vouch/vouch.resolver';

type Ref = (ref: never, ctx: never) => unknown;

export function buildTrustSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [VouchResolver, IdentityTrustResolver, GraphResolver, InviteResolver, AttestationResolver],
      validate: false,
    },
    {
      Identity: { __resolveReference: resolveIdentityReference as Ref },
      Vouch: { __resolveReference: resolveVouchReference as Ref },
    },
  );
}
