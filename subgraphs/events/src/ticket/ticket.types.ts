import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Event, TicketTier } from '../event/event.types';
import { Identity, PaymentRef } from '../identity/identity.types';

export enum TicketStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}

export enum HoldState {
  OFFERED = 'OFFERED',
  PENDING = 'PENDING',
  ISSUED = 'ISSUED',
  EXPIRED = 'EXPIRED',
  CANCELED = 'CANCELED',
  REFUNDED = 'REFUNDED',
}

export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  CLAIMED = 'CLAIMED',
  EXPIRED = 'EXPIRED',
  LEFT = 'LEFT',
}

registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(HoldState, {
  name: 'HoldStatus',
  description:
    'OFFERED: a waitlist seat waiting for its buyer to purchase. PENDING: awaiting payment until expiresAt. ISSUED: ' +
    'the ticket exists. EXPIRED/CANCELED: the seat was released. REFUNDED: paid too late for a seat; refunded.',
});
registerEnumType(WaitlistStatus, { name: 'WaitlistStatus' });

@ObjectType({ description: 'When and by whom a ticket was admitted.' })
export class CheckIn {
  @Field(() => ID)
  ticketId!: string;

  @Field()
  scannerDid!: string;

  @Field(() => Identity)
  scanner!: Identity;

  @Field()
  checkedInAt!: Date;
}

@ObjectType({
  description:
    "A signed assertion from the event's DID that its holder belongs in the room. `token` is the compact form for a " +
    'QR code; @imajin/protocol verifyTicketToken checks it offline.',
})
@Directive('@key(fields: "id")')
export class Ticket {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Event)
  event!: Event;

  @Field(() => ID)
  tierId!: string;

  @Field(() => TicketTier)
  tier!: TicketTier;

  @Field()
  holderDid!: string;

  @Field(() => Identity)
  holder!: Identity;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field()
  issuedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'mjt1.<payload>.<signature>; shown to the holder, the host and through the purchase hold only.',
  })
  token!: string | null;

  @Field(() => String, { nullable: true, description: 'The payments Payment id, for paid tickets.' })
  paymentId!: string | null;

  @Field(() => PaymentRef, { nullable: true })
  payment!: PaymentRef | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'refunded, transferred, event_canceled or the host’s reason.',
  })
  revokeReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The ticket this one was re-issued as, after a transfer.' })
  transferredTo!: string | null;

  @Field(() => ID, { nullable: true })
  transferredFrom!: string | null;

  @Field(() => CheckIn, { nullable: true })
  checkIn!: CheckIn | null;
}

@ObjectType({
  description:
    'A seat held for one buyer. For a paid tier, pay at `checkoutUrl` before `expiresAt`; the ticket appears here once ' +
    'payments reports the payment complete. Free tiers come back ISSUED with the ticket.',
})
export class TicketHold {
  @Field(() => ID)
  id!: string;

  @Field(() => HoldState)
  status!: HoldState;

  @Field(() => ID)
  tierId!: string;

  @Field(() => TicketTier)
  tier!: TicketTier;

  @Field(() => ID)
  eventId!: string;

  @Field()
  buyerDid!: string;

  @Field({ description: 'Integer minor units as a decimal string.' })
  amount!: string;

  @Field()
  currency!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  checkoutId!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the buyer pays (paid tiers).' })
  checkoutUrl!: string | null;

  @Field(() => String, { nullable: true })
  paymentId!: string | null;

  @Field(() => Ticket, { nullable: true })
  ticket!: Ticket | null;
}

@ObjectType({ description: 'A place in the line for a sold-out tier.' })
export class WaitlistEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tierId!: string;

  @Field()
  buyerDid!: string;

  @Field(() => WaitlistStatus)
  status!: WaitlistStatus;

  @Field(() => Int, { nullable: true, description: 'How many are ahead (WAITING only).' })
  ahead!: number | null;

  @Field(() => TicketHold, { nullable: true, description: 'The seat offered to this buyer (OFFERED).' })
  hold!: TicketHold | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class RevokedTicket {
  @Field(() => ID)
  ticketId!: string;

  @Field()
  revokedAt!: Date;

  @Field()
  reason!: string;
}

@ObjectType({
  description:
    'The revoked tickets of an event, signed by the event DID over the canonical `mjn.events.revocations` payload ' +
    '{eventDid, ticketIds, generatedAt}, so scanners can cache it and check it offline.',
})
export class RevocationList {
  @Field(() => ID)
  eventId!: string;

  @Field()
  eventDid!: string;

  @Field(() => [String], { description: 'Sorted.' })
  ticketIds!: string[];

  @Field(() => [RevokedTicket])
  entries!: RevokedTicket[];

  @Field()
  generatedAt!: string;

  @Field({ description: 'Ed25519 by the event DID, base64url.' })
  signature!: string;
}
