import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import {
  ConsentResolver,
  IdentityConsentResolver,
  resolveConsentReference,
} from './consent/consent.resolver';
import type { IdentityContext } from './context';
import {
  DelegationResolver,
  IdentityDelegationsResolver,
  resolveDelegationReference,
} from './delegation/delegation.resolver';
import { resolveIdentityReference } from './identity/identity.reference';
import { IdentityResolver } from './identity/identity.resolver';
import { SessionResolver } from './session/session.resolver';

export function buildIdentitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        IdentityResolver,
        SessionResolver,
        ConsentResolver,
        IdentityConsentResolver,
        DelegationResolver,
        IdentityDelegationsResolver,
      ],
      validate: false,
    },
    {
      Identity: { __resolveReference: resolveIdentityReference as (ref: never, ctx: never) => unknown },
      ConsentDeclaration: {
        __resolveReference: resolveConsentReference as (ref: never, ctx: never) => unknown,
      },
      Delegation: { __resolveReference: resolveDelegationReference as (ref: never, ctx: never) => unknown },
    },
  );
}

export type { IdentityContext };
