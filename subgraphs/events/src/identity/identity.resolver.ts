import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { EventsContext } from '../context';
import { toEvent } from '../event/event.mapper';
import { Event } from '../event/event.types';
import { ticketFor } from '../ticket/ticket.resolver';
import { Ticket } from '../ticket/ticket.types';

import { Identity, identityRef } from './identity.types';

@Resolver(() => Identity)
export class IdentityEventsResolver {
  @FieldResolver(() => [Event], {
    nullable: true,
    description: 'Events this identity hosts, by start time (up to 100). Others see only PUBLIC ones.',
  })
  async hostedEvents(@Root() identity: Identity, @Ctx() ctx: EventsContext) {
    const page = await ctx.services.events.list(
      { hostDid: identity.did, includeCanceled: true },
      100,
      null,
      ctx.viewer.did,
    );
    return page.edges.map((e) => toEvent(e.node));
  }

  @FieldResolver(() => [Ticket], {
    nullable: true,
    description: 'Tickets this identity holds, newest first (up to 200). Only the identity itself sees them.',
  })
  async tickets(@Root() identity: Identity, @Ctx() ctx: EventsContext) {
    if (ctx.viewer.did !== identity.did) return [];
    const rows = await ctx.services.tickets.ofHolder(identity.did);
    return Promise.all(rows.map((r) => ticketFor(r, ctx)));
  }
}

export function resolveIdentityReference(ref: { did: string }): Identity {
  return identityRef(ref.did);
}
