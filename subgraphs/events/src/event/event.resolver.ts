import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { ForbiddenError, PageArgs, ProofInput } from '@imajin/subgraph-common';

import type { EventsContext } from '../context';
import { identityRef } from '../identity/identity.types';

import type { EventEntity } from './event.entity';
import {
  CancelEventInput,
  CreateEventInput,
  EventFilter,
  ScannerInput,
  UpdateEventInput,
} from './event.inputs';
import { toEvent, toTier } from './event.mapper';
import { Event, EventConnection, Scanner, TicketTier } from './event.types';

export async function visibleEvent(row: EventEntity | null, ctx: EventsContext) {
  if (!row || row.deletedAt) return null;
  await ctx.services.events.requireVisible(row, ctx.viewer.did, 'see it');
  return toEvent(row);
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, {
    nullable: true,
    description:
      'An event by id (PUBLIC and UNLISTED to anyone; TRUST_GATED to the host and trusted identities).',
  })
  async event(@Arg('id') id: string, @Ctx() ctx: EventsContext) {
    return visibleEvent(await ctx.loaders.event.load(id), ctx);
  }

  @Query(() => EventConnection, {
    nullable: true,
    description:
      'Discovery: PUBLIC events by start time. With `hostDid` equal to the signed-in viewer it lists all of their ' +
      'events, UNLISTED and TRUST_GATED included.',
  })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: EventsContext,
  ) {
    const connection = await ctx.services.events.list(filter, page.first, page.after, ctx.viewer.did);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toEvent(e.node) })),
    };
  }

  @Mutation(() => Event, {
    description:
      'Create an event with its tiers; it gets its own DID (kind EVENT, registered with identity). Proof type ' +
      '`mjn.events.createEvent`, signed by the host.',
  })
  async createEvent(
    @Arg('input') input: CreateEventInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    return toEvent(await ctx.services.events.create(input, proof));
  }

  @Mutation(() => Event, {
    description: 'Edit event details. Proof type `mjn.events.updateEvent`, by the host.',
  })
  async updateEvent(
    @Arg('input') input: UpdateEventInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    return toEvent(await ctx.services.events.update(input, proof));
  }

  @Mutation(() => Event, {
    description:
      'Cancel: paid tickets are refunded through payments, every ticket is revoked and open holds released. Proof ' +
      'type `mjn.events.cancelEvent`, by the host.',
  })
  async cancelEvent(
    @Arg('input') input: CancelEventInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    return toEvent(await ctx.services.events.cancel(input, proof));
  }

  @Mutation(() => Scanner, {
    description:
      'Delegate check-in to a DID (a door scanner). Proof type `mjn.events.addScanner`, by the host.',
  })
  async addScanner(
    @Arg('input') input: ScannerInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ): Promise<Scanner> {
    const row = await ctx.services.events.addScanner(input, proof);
    return {
      eventId: row.eventId,
      scannerDid: row.scannerDid,
      scanner: identityRef(row.scannerDid),
      grantedAt: row.grantedAt,
    };
  }

  @Mutation(() => Boolean, {
    description: 'Withdraw a scanner. Proof type `mjn.events.removeScanner`, by the host.',
  })
  async removeScanner(
    @Arg('input') input: ScannerInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ): Promise<boolean> {
    return ctx.services.events.removeScanner(input, proof);
  }

  @FieldResolver(() => [TicketTier])
  async tiers(@Root() event: Event, @Ctx() ctx: EventsContext): Promise<TicketTier[]> {
    return (await ctx.loaders.tiersOf.load(event.id)).map(toTier);
  }

  @FieldResolver(() => [Scanner], { description: 'Delegated scanners (the host only; empty for others).' })
  async scanners(@Root() event: Event, @Ctx() ctx: EventsContext): Promise<Scanner[]> {
    if (ctx.viewer.did !== event.hostDid) return [];
    return (await ctx.services.events.scanners(event.id))
      .filter((s) => !s.deletedAt)
      .map((s) => ({
        eventId: s.eventId,
        scannerDid: s.scannerDid,
        scanner: identityRef(s.scannerDid),
        grantedAt: s.grantedAt,
      }));
  }
}

@Resolver(() => TicketTier)
export class TierResolver {
  @Query(() => TicketTier, { nullable: true })
  async ticketTier(@Arg('id') id: string, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.tier.load(id);
    if (!row) return null;
    const event = await visibleEvent(await ctx.loaders.event.load(row.eventId), ctx);
    return event ? toTier(row) : null;
  }

  @FieldResolver(() => Event)
  async event(@Root() tier: TicketTier, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.event.load(tier.eventId);
    if (!row) throw new ForbiddenError('The event of this tier is gone');
    return toEvent(row);
  }
}
