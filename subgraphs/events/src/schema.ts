import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import type { EventsContext } from './context';
import { toTier } from './event/event.mapper';
import { EventResolver, TierResolver, visibleEvent } from './event/event.resolver';
import { IdentityEventsResolver, resolveIdentityReference } from './identity/identity.resolver';
import { HoldResolver, TicketResolver, ticketFor, WaitlistResolver } from './ticket/ticket.resolver';

type Ref = (ref: never, ctx: never) => unknown;

async function resolveEvent(ref: { id: string }, ctx: EventsContext) {
  return visibleEvent(await ctx.loaders.event.load(ref.id), ctx);
}

async function resolveTier(ref: { id: string }, ctx: EventsContext) {
  const row = await ctx.loaders.tier.load(ref.id);
  return row ? toTier(row) : null;
}

async function resolveTicket(ref: { id: string }, ctx: EventsContext) {
  const row = await ctx.loaders.ticket.load(ref.id);
  return row ? ticketFor(row, ctx) : null;
}

export function buildEventsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        EventResolver,
        TierResolver,
        TicketResolver,
        HoldResolver,
        WaitlistResolver,
        IdentityEventsResolver,
      ],
      validate: false,
    },
    {
      Identity: { __resolveReference: resolveIdentityReference as Ref },
      Event: { __resolveReference: resolveEvent as Ref },
      TicketTier: { __resolveReference: resolveTier as Ref },
      Ticket: { __resolveReference: resolveTicket as Ref },
    },
  );
}
