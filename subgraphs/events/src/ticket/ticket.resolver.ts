import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { NotFoundError, ProofInput } from '@imajin/subgraph-common';

import type { EventsContext } from '../context';
import { toEvent, toTier } from '../event/event.mapper';
import { Event, TicketTier } from '../event/event.types';

import { askerOf } from './hold-limits';
import type { TicketEntity } from './ticket.entity';
import {
  CheckInInput,
  ClaimTicketsInput,
  JoinWaitlistInput,
  PurchaseTicketInput,
  RevokeTicketInput,
  TransferTicketInput,
} from './ticket.inputs';
import {
  toCheckIn,
  toHold,
  toTicket,
  toWaitlistEntry,
  type HoldOut,
  type TicketOut,
  type WaitlistOut,
} from './ticket.mapper';
import { CheckIn, RevocationList, Ticket, TicketHold, WaitlistEntry } from './ticket.types';

/** The holder and the event's host see a ticket's token; others see the ticket without it. */
export async function ticketFor(
  row: TicketEntity,
  ctx: EventsContext,
  forceToken = false,
): Promise<TicketOut> {
  const viewer = ctx.viewer.did;
  let show = forceToken || (viewer !== null && viewer === row.holderDid);
  if (!show && viewer) show = (await ctx.loaders.event.load(row.eventId))?.hostDid === viewer;
  return toTicket(row, show);
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, {
    nullable: true,
    description: 'A ticket by id (the token only for its holder and host).',
  })
  async ticket(@Arg('id') id: string, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.ticket.load(id);
    return row ? ticketFor(row, ctx) : null;
  }

  @Query(() => RevocationList, {
    description:
      'Revoked tickets of an event, signed by the event DID (also served as GET /events/<id>/revocations.json).',
  })
  async revocationList(@Arg('eventId') eventId: string, @Ctx() ctx: EventsContext): Promise<RevocationList> {
    return ctx.services.tickets.revocationList(eventId);
  }

  @Mutation(() => CheckIn, {
    name: 'checkIn',
    description:
      'Admit a ticket at the door. Proof type `mjn.events.checkIn` by the host or a delegated scanner. A second ' +
      'scan is a CONFLICT saying when and by whom the ticket was first admitted.',
  })
  async admit(@Arg('input') input: CheckInInput, @Arg('proof') proof: ProofInput, @Ctx() ctx: EventsContext) {
    return toCheckIn(await ctx.services.tickets.checkIn(input, proof));
  }

  @Mutation(() => Ticket, {
    description:
      'Revoke a ticket (a paid one is refunded). Proof type `mjn.events.revokeTicket`, by the host.',
  })
  async revokeTicket(
    @Arg('input') input: RevokeTicketInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    return ticketFor(await ctx.services.tickets.revoke(input, proof), ctx);
  }

  @Mutation(() => Ticket, {
    description:
      'Give a ticket to another identity: a new token is issued to it and the old one revoked. Proof type ' +
      '`mjn.events.transferTicket`, by the current holder. Returns the new ticket, with its token.',
  })
  async transferTicket(
    @Arg('input') input: TransferTicketInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    return ticketFor(await ctx.services.tickets.transfer(input, proof), ctx, true);
  }

  @Mutation(() => [Ticket], {
    description:
      'Move the tickets bought as a did:email to the did:mjn that claimed it with identity (claimSoftIdentity). ' +
      'Each is re-issued with a new token; the old ones are revoked. Proof type `mjn.events.claimTickets`.',
  })
  async claimTickets(
    @Arg('input') input: ClaimTicketsInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: EventsContext,
  ) {
    const rows = await ctx.services.tickets.claim(input, proof);
    return Promise.all(rows.map((r) => ticketFor(r, ctx, true)));
  }

  @FieldResolver(() => Event)
  async event(@Root() ticket: Ticket, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.event.load(ticket.eventId);
    if (!row) throw new NotFoundError(`No event ${ticket.eventId}`);
    return toEvent(row);
  }

  @FieldResolver(() => TicketTier)
  async tier(@Root() ticket: Ticket, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.tier.load(ticket.tierId);
    if (!row) throw new NotFoundError(`No tier ${ticket.tierId}`);
    return toTier(row);
  }

  @FieldResolver(() => CheckIn, { nullable: true })
  async checkIn(@Root() ticket: Ticket, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.checkIn.load(ticket.id);
    return row ? toCheckIn(row) : null;
  }
}

@Resolver(() => TicketHold)
export class HoldResolver {
  @Query(() => TicketHold, {
    nullable: true,
    description:
      'A purchase hold by id (its id is the buyer’s receipt: it shows the ticket and token once issued).',
  })
  async ticketHold(@Arg('id') id: string, @Ctx() ctx: EventsContext): Promise<HoldOut | null> {
    const row = await ctx.services.purchases.hold(id);
    return row ? toHold(row) : null;
  }

  @Mutation(() => TicketHold, {
    description:
      'Reserve a seat. Free tiers come back ISSUED with the ticket; paid tiers PENDING with `checkoutUrl`, and the ' +
      'ticket is issued when the payment completes. Proof type `mjn.events.purchaseTicket` by a did:mjn buyer; a ' +
      'did:email buyer sends no proof but must be signed in as itself (signInSoft with the emailed code). New holds ' +
      'are limited per client IP, per did:email buyer and, for unpaid holds, per tier: RATE_LIMITED says when to retry.',
  })
  async purchaseTicket(
    @Arg('input') input: PurchaseTicketInput,
    @Arg('proof', () => ProofInput, { nullable: true }) proof: ProofInput | null,
    @Ctx() ctx: EventsContext,
  ): Promise<HoldOut> {
    return toHold(await ctx.services.purchases.purchase(input, proof, askerOf(ctx.viewer)));
  }

  @Mutation(() => WaitlistEntry, {
    description:
      'Join the waitlist of a sold-out tier; a released seat is offered to the next in line as an OFFERED hold that ' +
      'purchaseTicket claims before it expires. Proof type `mjn.events.joinWaitlist` (did:email: none, but signed in ' +
      'as itself with signInSoft).',
  })
  async joinWaitlist(
    @Arg('input') input: JoinWaitlistInput,
    @Arg('proof', () => ProofInput, { nullable: true }) proof: ProofInput | null,
    @Ctx() ctx: EventsContext,
  ): Promise<WaitlistOut> {
    return toWaitlistEntry(await ctx.services.purchases.joinWaitlist(input, proof, askerOf(ctx.viewer)));
  }

  @FieldResolver(() => TicketTier)
  async tier(@Root() hold: TicketHold, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.tier.load(hold.tierId);
    if (!row) throw new NotFoundError(`No tier ${hold.tierId}`);
    return toTier(row);
  }

  @FieldResolver(() => Ticket, { nullable: true })
  async ticket(@Root() hold: TicketHold, @Ctx() ctx: EventsContext) {
    const row = await ctx.loaders.ticketOfHold.load(hold.id);
    return row ? ticketFor(row, ctx, true) : null;
  }
}

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @FieldResolver(() => Int, { nullable: true })
  async ahead(@Root() entry: WaitlistOut, @Ctx() ctx: EventsContext) {
    if (entry.status !== 'WAITING') return null;
    return ctx.services.purchases.waitlistAhead({
      tierId: entry.tierId,
      seq: entry.seq,
      status: entry.status,
    } as never);
  }

  @FieldResolver(() => TicketHold, { nullable: true })
  async hold(@Root() entry: WaitlistOut, @Ctx() ctx: EventsContext) {
    if (!entry.holdId) return null;
    const row = await ctx.services.purchases.hold(entry.holdId);
    return row ? toHold(row) : null;
  }
}
